package app.bettertalk.core.chat;

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

    public CountUnread(ChatReads reads, AccessPolicy access) {
        this.reads = reads;
        this.access = access;
    }

    /** Input of {@link CountUnread}. */
    public record Query(Actor actor) {
        public Query {
            Objects.requireNonNull(actor, "actor");
        }
    }

    public Unread count(Query query) {
        access.requireOnboarded(query.actor());
        return new Unread(reads.activityOf(query.actor().id()).entrySet().stream()
                .collect(Collectors.toMap(entry -> entry.getKey(), entry -> entry.getValue().unread())));
    }
}
