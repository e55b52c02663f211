package app.bettertalk.mysql.moderation;

import app.bettertalk.core.moderation.CaseId;
import app.bettertalk.core.moderation.Decision;
import app.bettertalk.core.moderation.ModerationCase;
import app.bettertalk.core.moderation.ModerationCases;
import app.bettertalk.core.moderation.Outcome;
import app.bettertalk.core.moderation.Report;
import app.bettertalk.core.moderation.ReportReason;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import app.bettertalk.mysql.atrest.SealedText;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ModerationCases} in {@code moderation_cases}, {@code moderation_reports} and {@code moderation_reads}. An
 * open case holds its subject in the unique {@code open_subject}, so a second report at the same moment joins it.
 * The reported copy, the reports' details and the decision's note are sealed under the case's data key.
 */
public final class JdbiModerationCases implements ModerationCases {
    private final Jdbi jdbi;
    private final SealedText sealed;

    public JdbiModerationCases(Jdbi jdbi, SealedText sealed) {
        this.jdbi = jdbi;
        this.sealed = sealed;
    }

    @Override
    public Optional<ModerationCase> byId(CaseId id) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM moderation_cases WHERE id = ?")
                .bind(0, Columns.id(id.value())).map((rs, ctx) -> moderationCase(rs)).findOne());
    }

    @Override
    public ModerationCase openFor(ModerationCase candidate) {
        try {
            jdbi.useHandle(handle -> handle.createUpdate("""
                            INSERT INTO moderation_cases (id, subject_kind, subject_id, open_subject, author_id,
                                subject_copy, place_id, crisis, held, opened_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .bind(0, Columns.id(candidate.id().value())).bind(1, candidate.subject().kind().name())
                    .bind(2, Columns.id(candidate.subject().id())).bind(3, candidate.subject().toString())
                    .bind(4, Columns.id(candidate.author().value()))
                    .bind(5, sealed.seal(scope(candidate.id()), row("subject_copy", candidate.id()), candidate.copy()))
                    .bind(6, candidate.place().map(Columns::id).orElse(null)).bind(7, candidate.crisis())
                    .bind(8, candidate.held()).bind(9, Columns.at(candidate.openedAt())).execute());
            return candidate;
        } catch (RuntimeException e) {
            if (!StoreErrors.isDuplicateOf(e, "uq_moderation_cases_open")) {
                throw e;
            }
        }
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM moderation_cases WHERE open_subject = ? FOR UPDATE")
                .bind(0, candidate.subject().toString()).map((rs, ctx) -> moderationCase(rs)).one());
    }

    @Override
    public void update(ModerationCase moderationCase) {
        var decision = moderationCase.decision();
        var updated = jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE moderation_cases SET crisis = ?, open_subject = ?, outcome = ?, decided_by = ?,
                            decided_at = ?, decision_note = ?, suspended_until = ?, held = ?
                        WHERE id = ?""")
                .bind(0, moderationCase.crisis())
                .bind(1, decision.isPresent() ? null : moderationCase.subject().toString())
                .bind(2, decision.map(made -> made.outcome().name()).orElse(null))
                .bind(3, decision.map(made -> Columns.id(made.moderator().value())).orElse(null))
                .bind(4, decision.map(made -> Columns.at(made.decidedAt())).orElse(null))
                .bind(5, sealed.seal(scope(moderationCase.id()), row("decision_note", moderationCase.id()),
                        decision.map(Decision::note).orElse(null)))
                .bind(6, decision.flatMap(Decision::suspendedUntil).map(Columns::at).orElse(null))
                .bind(7, moderationCase.held())
                .bind(8, Columns.id(moderationCase.id().value())).execute());
        if (updated != 1) {
            throw new IllegalStateException("case " + moderationCase.id() + " is not stored");
        }
    }

    @Override
    public List<ModerationCase> queue(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM moderation_cases WHERE outcome IS NULL
                        ORDER BY crisis DESC, opened_at, id LIMIT ?""")
                .bind(0, limit).map((rs, ctx) -> moderationCase(rs)).list());
    }

    @Override
    public boolean openCrisisOf(UserId author, UUID place) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT COUNT(*) FROM moderation_cases
                        WHERE author_id = ? AND place_id = ? AND crisis AND outcome IS NULL""")
                .bind(0, Columns.id(author.value())).bind(1, Columns.id(place)).mapTo(Integer.class).one()) > 0;
    }

    @Override
    public List<ModerationCase> ofAuthor(UserId author, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT * FROM moderation_cases WHERE author_id = ? ORDER BY opened_at DESC, id LIMIT ?""")
                .bind(0, Columns.id(author.value())).bind(1, limit).map((rs, ctx) -> moderationCase(rs)).list());
    }

    @Override
    public boolean addReport(Report report) {
        if (report.reporter().isPresent()) {
            // A NULL reporter (the screen) is never equal to another in the unique key, so members are looked for.
            var already = jdbi.withHandle(handle -> handle.createQuery(
                            "SELECT COUNT(*) FROM moderation_reports WHERE case_id = ? AND reporter_id = ?")
                    .bind(0, Columns.id(report.caseId().value()))
                    .bind(1, Columns.id(report.reporter().get().value())).mapTo(Integer.class).one());
            if (already > 0) {
                return false;
            }
        }
        try {
            jdbi.useHandle(handle -> handle.createUpdate("""
                            INSERT INTO moderation_reports (id, case_id, reporter_id, reason, details, made_at)
                            VALUES (?, ?, ?, ?, ?, ?)""")
                    .bind(0, Columns.id(report.id())).bind(1, Columns.id(report.caseId().value()))
                    .bind(2, report.reporter().map(reporter -> Columns.id(reporter.value())).orElse(null))
                    .bind(3, report.reason().name())
                    .bind(4, sealed.seal(scope(report.caseId()), reportRow(report.id()), report.details())).bind(5, Columns.at(report.madeAt()))
                    .execute());
            return true;
        } catch (RuntimeException e) {
            if (StoreErrors.isDuplicateOf(e, "uq_moderation_reports_reporter")) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public List<Report> reportsOf(CaseId id) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM moderation_reports WHERE case_id = ? ORDER BY made_at, id")
                .bind(0, Columns.id(id.value())).map((rs, ctx) -> report(rs)).list());
    }

    @Override
    public List<ReportedCase> reportsBy(UserId reporter, int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT r.id AS report_id, r.case_id, r.reporter_id, r.reason, r.details, r.made_at, c.*
                        FROM moderation_reports r JOIN moderation_cases c ON c.id = r.case_id
                        WHERE r.reporter_id = ? ORDER BY r.made_at DESC, r.id LIMIT ?""")
                .bind(0, Columns.id(reporter.value())).bind(1, limit)
                .map((rs, ctx) -> new ReportedCase(new Report(Columns.uuid(rs, "report_id"),
                        new CaseId(Columns.uuid(rs, "case_id")), reporter(rs),
                        ReportReason.valueOf(rs.getString("reason")), details(rs, "report_id"),
                        Columns.instant(rs, "made_at")), moderationCase(rs)))
                .list());
    }

    @Override
    public void recordRead(CaseId id, UserId moderator, Instant at) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "INSERT INTO moderation_reads (case_id, moderator_id, read_at) VALUES (?, ?, ?)")
                .bind(0, Columns.id(id.value())).bind(1, Columns.id(moderator.value())).bind(2, Columns.at(at))
                .execute());
    }

    @Override
    public List<Read> readsOf(CaseId id) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM moderation_reads WHERE case_id = ? ORDER BY read_at")
                .bind(0, Columns.id(id.value()))
                .map((rs, ctx) -> new Read(new UserId(Columns.uuid(rs, "moderator_id")),
                        Columns.instant(rs, "read_at")))
                .list());
    }

    private ModerationCase moderationCase(ResultSet rs) throws SQLException {
        var id = new CaseId(Columns.uuid(rs, "id"));
        var subject = new Subject(Subject.Kind.valueOf(rs.getString("subject_kind")), Columns.uuid(rs, "subject_id"));
        var place = rs.getBytes("place_id") == null ? Optional.<UUID>empty() : Optional.of(Columns.uuid(rs, "place_id"));
        var outcome = rs.getString("outcome");
        var decision = outcome == null ? Optional.<Decision>empty() : Optional.of(new Decision(
                Outcome.valueOf(outcome.toUpperCase(Locale.ROOT)), new UserId(Columns.uuid(rs, "decided_by")),
                Columns.instant(rs, "decided_at"),
                sealed.open(scope(id), row("decision_note", id), rs.getString("decision_note")),
                rs.getObject("suspended_until") == null ? Optional.empty()
                        : Optional.of(Columns.instant(rs, "suspended_until"))));
        return new ModerationCase(id, subject, new UserId(Columns.uuid(rs, "author_id")),
                sealed.open(scope(id), row("subject_copy", id), rs.getString("subject_copy")), place, rs.getBoolean("crisis"), rs.getBoolean("held"),
                Columns.instant(rs, "opened_at"),
                decision);
    }

    private Report report(ResultSet rs) throws SQLException {
        return new Report(Columns.uuid(rs, "id"), new CaseId(Columns.uuid(rs, "case_id")), reporter(rs),
                ReportReason.valueOf(rs.getString("reason")), details(rs, "id"), Columns.instant(rs, "made_at"));
    }

    /** The details of the report whose id is in column {@code idColumn}. */
    private String details(ResultSet rs, String idColumn) throws SQLException {
        var caseId = new CaseId(Columns.uuid(rs, "case_id"));
        return sealed.open(scope(caseId), reportRow(Columns.uuid(rs, idColumn)), rs.getString("details"));
    }

    private static String scope(CaseId id) {
        return SealedText.moderationCase(id.value());
    }

    private static String row(String column, CaseId id) {
        return SealedText.row("moderation_cases." + column, id.value());
    }

    private static String reportRow(UUID report) {
        return SealedText.row("moderation_reports.details", report);
    }

    private static Optional<UserId> reporter(ResultSet rs) throws SQLException {
        return rs.getBytes("reporter_id") == null ? Optional.empty()
                : Optional.of(new UserId(Columns.uuid(rs, "reporter_id")));
    }
}
