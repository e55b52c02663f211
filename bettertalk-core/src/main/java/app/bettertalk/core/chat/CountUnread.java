package app.bettertalk.core.chat;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.Blocks;
import app.bettertalk.core.shared.UserId;
import java.util.Set;
import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.UseCase;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Counts the messages waiting unread for the actor, for the badge every page shows: one question to the store,
 * cheap enough for each page view. Every chat of the actor is in the answer, those with nothing unread too.
 */
@UseCase
public final class CountUnread {
    private final ChatReads reads;
    private final AccessPolicy access;
    private final ChatThreads threads;
    private final Blocks blocks;

    public CountUnread(ChatReads reads, AccessPolicy access, ChatThreads threads, Blocks blocks) {
        this.reads = reads;
        this.access = access;
        this.threads = threads;
        this.blocks = blocks;
    }

    /** Input of {@link CountUnread}. */
    public record Query(Actor actor) {
        public Query {
            Objects.requireNonNull(actor, "actor");
        }
    }

    public Unread count(Query query) {
        var actor = query.actor();
        access.requireOnboarded(actor);
        var blocked = blocks.blockedBy(actor.id());
        return new Unread(reads.activityOf(actor.id()).entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey(), entry -> blocked.isEmpty()
                        || !fromSomeoneBlocked(entry.getKey(), actor, blocked) ? entry.getValue().unread() : 0)));
    }

    /** A chat with someone the reader blocked has nothing for them to read: the other side's words are hidden. */
    private boolean fromSomeoneBlocked(ChatId chat, Actor actor, Set<UserId> blocked) {
        return threads.byId(chat).map(thread -> blocked.contains(thread.counterpartOf(actor.id()))).orElse(false);
    }
}
