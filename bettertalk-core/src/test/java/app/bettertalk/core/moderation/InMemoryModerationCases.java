package app.bettertalk.core.moderation;

import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ModerationCases} in memory. */
public final class InMemoryModerationCases implements ModerationCases, InMemoryState {
    private record ReadRow(CaseId caseId, Read read) {
    }

    private final InMemoryTable<CaseId, ModerationCase> cases = new InMemoryTable<>();
    private final InMemoryTable<UUID, Report> reports = new InMemoryTable<>();
    private final InMemoryTable<UUID, ReadRow> reads = new InMemoryTable<>();

    @Override
    public Optional<ModerationCase> byId(CaseId id) {
        return cases.get(id);
    }

    @Override
    public synchronized ModerationCase openFor(ModerationCase candidate) {
        var open = openOf(candidate.subject());
        if (open.isPresent()) {
            return open.get();
        }
        cases.put(candidate.id(), candidate);
        return candidate;
    }

    private Optional<ModerationCase> openOf(Subject subject) {
        return cases.rows(found -> found.open() && found.subject().equals(subject)).stream().findFirst();
    }

    @Override
    public void update(ModerationCase moderationCase) {
        if (!cases.contains(moderationCase.id())) {
            throw new IllegalStateException("case " + moderationCase.id() + " is not stored");
        }
        cases.put(moderationCase.id(), moderationCase);
    }

    @Override
    public List<ModerationCase> queue(int limit) {
        return cases.rows(ModerationCase::open).stream()
                .sorted(Comparator.comparing((ModerationCase found) -> !found.crisis())
                        .thenComparing(ModerationCase::openedAt))
                .limit(limit).toList();
    }

    @Override
    public boolean openCrisisOf(UserId author, UUID place) {
        return !cases.rows(found -> found.open() && found.crisis() && found.author().equals(author)
                && found.place().equals(Optional.of(place))).isEmpty();
    }

    @Override
    public List<ModerationCase> ofAuthor(UserId author, int limit) {
        return cases.rows(found -> found.author().equals(author)).stream()
                .sorted(Comparator.comparing(ModerationCase::openedAt).reversed()).limit(limit).toList();
    }

    @Override
    public synchronized boolean addReport(Report report) {
        if (report.reporter().isPresent() && reports.rows(other -> other.caseId().equals(report.caseId())
                && other.reporter().equals(report.reporter())).size() > 0) {
            return false;
        }
        reports.put(report.id(), report);
        return true;
    }

    @Override
    public List<Report> reportsOf(CaseId id) {
        return reports.rows(report -> report.caseId().equals(id)).stream()
                .sorted(Comparator.comparing(Report::madeAt)).toList();
    }

    @Override
    public List<ReportedCase> reportsBy(UserId reporter, int limit) {
        var mine = new ArrayList<>(reports.rows(report -> report.reporter().equals(Optional.of(reporter))));
        mine.sort(Comparator.comparing(Report::madeAt).reversed());
        return mine.stream().limit(limit)
                .map(report -> new ReportedCase(report, cases.get(report.caseId()).orElseThrow())).toList();
    }

    @Override
    public void recordRead(CaseId id, UserId moderator, Instant at) {
        reads.put(UUID.randomUUID(), new ReadRow(id, new Read(moderator, at)));
    }

    @Override
    public List<Read> readsOf(CaseId id) {
        return reads.rows(row -> row.caseId().equals(id)).stream().map(ReadRow::read)
                .sorted(Comparator.comparing(Read::at)).toList();
    }

    @Override
    public Object snapshot() {
        return List.of(cases.snapshot(), reports.snapshot(), reads.snapshot());
    }

    @Override
    public void restore(Object snapshot) {
        var parts = (List<?>) snapshot;
        cases.restore(parts.get(0));
        reports.restore(parts.get(1));
        reads.restore(parts.get(2));
    }
}
