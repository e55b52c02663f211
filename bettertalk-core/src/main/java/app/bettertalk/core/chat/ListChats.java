package app.bettertalk.core.chat;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.mentor.Mentors;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/** Lists the chats the actor takes part in, as user or as mentor, latest ending first. */
@UseCase
public final class ListChats {
    private final ChatThreads threads;
    private final Users users;
    private final Mentors mentors;
    private final AccessPolicy access;
    private final Clock clock;

    public ListChats(ChatThreads threads, Users users, Mentors mentors, AccessPolicy access, Clock clock) {
        this.threads = threads;
        this.users = users;
        this.mentors = mentors;
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
        var now = clock.instant();
        return threads.ofParticipant(actor.id()).stream()
                .map(thread -> new ChatSummary(thread, Counterpart.of(thread, actor.id(), users, mentors),
                        Countdown.of(thread.window().remainingAt(now))))
                .toList();
    }
}
