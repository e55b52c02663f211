package app.bettertalk.core.mentor;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.util.List;
import java.util.Objects;

/** Admins list mentors, for instance those waiting for verification. */
@UseCase
public final class ListMentors {
    private final Mentors mentors;
    private final AccessPolicy access;

    public ListMentors(Mentors mentors, AccessPolicy access) {
        this.mentors = mentors;
        this.access = access;
    }

    /** Input of {@link ListMentors}. */
    public record Query(Actor actor, boolean unverifiedOnly, int limit) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            if (limit < 1 || limit > 10_000) {
                throw new DomainException.Validation("limit", "must be 1 to 10000");
            }
        }
    }

    public List<Mentor> list(Query query) {
        access.requireAdmin(query.actor());
        return mentors.list(query.unverifiedOnly(), query.limit());
    }
}
