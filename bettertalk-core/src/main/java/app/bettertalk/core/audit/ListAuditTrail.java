package app.bettertalk.core.audit;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An admin lists the audit trail, newest first, of everyone or of one person (as reader or as owner). */
@UseCase
public final class ListAuditTrail {
    public static final int MAX_LIMIT = 1_000;

    private final AuditTrail trail;
    private final AccessPolicy access;

    public ListAuditTrail(AuditTrail trail, AccessPolicy access) {
        this.trail = trail;
        this.access = access;
    }

    /** Input of {@link ListAuditTrail}; {@code limit} is 1 to {@link #MAX_LIMIT}. */
    public record Query(Actor actor, Optional<UserId> person, int limit) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(person, "person");
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new DomainException.Validation("limit", "1 to " + MAX_LIMIT);
            }
        }
    }

    public List<AuditEntry> list(Query query) {
        access.requireAdmin(query.actor());
        return trail.recent(query.person(), query.limit());
    }
}
