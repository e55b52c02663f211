package app.bettertalk.core.chat;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Lists the chats the actor takes part in, as user or as mentor, newest activity first: with whom, time left or
 * ended by the clock, the last message's time and how many messages wait unread.
 */
@UseCase
public final class ListChats {
    private final Inbox inbox;
    private final AccessPolicy access;
    private final Clock clock;

    public ListChats(ChatThreads threads, ChatReads reads, Users users, Mentors mentors, AccessPolicy access,
                     Clock clock) {
        this.inbox = new Inbox(threads, reads, users, mentors);
        this.access = access;
        this.clock = clock;
    }

    /** Input of {@link ListChats}. */
    public record Query(Actor actor) {
        public Query {
            Objects.requireNonNull(actor, "actor");
        }
    }

    public List<ChatSummary> list(Query query) {
        var actor = query.actor();
        access.requireOnboarded(actor);
        return inbox.of(actor.id(), clock.instant());
    }
}
