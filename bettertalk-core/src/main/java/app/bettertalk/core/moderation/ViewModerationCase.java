package app.bettertalk.core.moderation;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.audit.AuditEntry;
import app.bettertalk.core.audit.AuditTrail;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A moderator opens a case: the copy of what was reported, where it was, every report (with its reporter, whom the
 * author never learns of), the author's history of cases and their outcomes, and who read it before. Opening a case
 * about a chat message records the read, in the case and in the {@link AuditTrail}: it is the only way anyone but
 * its two participants reads a message.
 */
@UseCase
public final class ViewModerationCase {
    /** How many of the author's earlier cases are shown. */
    static final int HISTORY = 20;

    private final ModerationCases cases;
    private final Users users;
    private final AuditTrail trail;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ViewModerationCase(ModerationCases cases, Users users, AuditTrail trail, AccessPolicy access,
                              UnitOfWork unitOfWork, Clock clock) {
        this.cases = cases;
        this.users = users;
        this.trail = trail;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /**
     * Input of {@link ViewModerationCase}. {@code readMessage}: show a reported chat message's text (recorded);
     * without it such a case comes without its text, as the operator's terminal asks first.
     */
    public record Query(Actor actor, CaseId caseId, boolean readMessage) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(caseId, "caseId");
        }

        public Query(Actor actor, CaseId caseId) {
            this(actor, caseId, true);
        }
    }

    /** A case as a moderator reads it; {@code people} holds the author and every reporter by id. */
    public record CaseView(ModerationCase moderationCase, List<Report> reports, List<ModerationCase> history,
                           List<ModerationCases.Read> reads, Map<UserId, User> people) {
        public CaseView {
            reports = List.copyOf(reports);
            history = List.copyOf(history);
            reads = List.copyOf(reads);
            people = Map.copyOf(people);
        }

        public User author() {
            return people.get(moderationCase.author());
        }
    }

    public CaseView view(Query query) {
        access.requireModerator(query.actor());
        return unitOfWork.inTransaction(() -> {
            var stored = cases.byId(query.caseId()).orElseThrow(() -> new DomainException.NotFound("case"));
            var message = stored.subject().kind() == Subject.Kind.MESSAGE;
            if (message && query.readMessage()) {
                var now = clock.instant();
                cases.recordRead(stored.id(), query.actor().id(), now);
                trail.record(new AuditEntry(UUID.randomUUID(), query.actor().id(), AuditEntry.What.CHAT_MESSAGE,
                        stored.subject().id(), stored.author(), "reported: case " + stored.id().value(), now));
            }
            var found = message && !query.readMessage() ? stored.withoutCopy() : stored;
            var reports = cases.reportsOf(found.id());
            var history = cases.ofAuthor(found.author(), HISTORY + 1).stream()
                    .filter(earlier -> !earlier.id().equals(found.id())).limit(HISTORY).toList();
            var reads = cases.readsOf(found.id());
            var ids = new HashSet<UserId>();
            ids.add(found.author());
            reports.forEach(report -> report.reporter().ifPresent(ids::add));
            reads.forEach(read -> ids.add(read.moderator()));
            var people = users.byIds(ids).stream().collect(Collectors.toMap(User::id, Function.identity()));
            return new CaseView(found, reports, history, reads, people);
        });
    }
}
