package app.bettertalk.core.moderation;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What moderators have to decide: the undecided cases, crisis first, then oldest first, each with how many reports
 * it has and why. The queue names what kind of thing each case is about but shows none of its text: a moderator
 * reads that by opening the case, which for a chat message is recorded.
 */
@UseCase
public final class ViewModerationQueue {
    private final ModerationCases cases;
    private final AccessPolicy access;

    public ViewModerationQueue(ModerationCases cases, AccessPolicy access) {
        this.cases = cases;
        this.access = access;
    }

    /** Input of {@link ViewModerationQueue}: at most {@code limit} cases. */
    public record Query(Actor actor, int limit) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            if (limit < 1 || limit > 500) {
                throw new DomainException.Validation("limit", "must be 1 to 500");
            }
        }
    }

    /** One case in the queue. */
    public record Item(ModerationCase moderationCase, int reports, Set<ReportReason> reasons, boolean screened) {
        public Item {
            reasons = Set.copyOf(reasons);
        }
    }

    public List<Item> view(Query query) {
        access.requireModerator(query.actor());
        return cases.queue(query.limit()).stream().map(open -> {
            var reports = cases.reportsOf(open.id());
            var reasons = EnumSet.noneOf(ReportReason.class);
            reports.forEach(report -> reasons.add(report.reason()));
            return new Item(open, (int) reports.stream().filter(report -> !report.byTheScreen()).count(), reasons,
                    reports.stream().anyMatch(Report::byTheScreen));
        }).toList();
    }
}
