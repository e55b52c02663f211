package app.bettertalk.core.mailing;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The outbox as an operator sees it: emails by status, newest first. Admins only. */
@UseCase
public final class ListQueuedEmails {
    private final QueuedEmails queued;
    private final AccessPolicy access;

    public ListQueuedEmails(QueuedEmails queued, AccessPolicy access) {
        this.queued = queued;
        this.access = access;
    }

    /** Input of {@link ListQueuedEmails}: which statuses (all when empty), and how many at most. */
    public record Query(Actor actor, Set<EmailStatus> statuses, int limit) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
            if (limit < 1 || limit > 10_000) {
                throw new DomainException.Validation("limit", "must be 1 to 10000");
            }
        }
    }

    public List<QueuedEmail> list(Query query) {
        access.requireAdmin(query.actor());
        return queued.list(query.statuses(), query.limit());
    }
}
