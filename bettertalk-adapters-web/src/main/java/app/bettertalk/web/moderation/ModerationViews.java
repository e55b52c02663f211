package app.bettertalk.web.moderation;

import app.bettertalk.core.identity.User;
import app.bettertalk.core.moderation.Decision;
import app.bettertalk.core.moderation.ListMyReports;
import app.bettertalk.core.moderation.ModerationCase;
import app.bettertalk.core.moderation.Outcome;
import app.bettertalk.core.moderation.ReportReason;
import app.bettertalk.core.moderation.ViewModerationCase;
import app.bettertalk.core.moderation.ViewModerationQueue;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.display.IndiaTime;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** What the report and moderation pages show, already in words. */
public final class ModerationViews {
    private ModerationViews() {
    }

    /** A reason as the report form offers it. */
    public record Reason(String key, String words) {
        static List<Reason> all() {
            return Arrays.stream(ReportReason.values()).filter(ReportReason::chosenByPeople)
                    .map(reason -> new Reason(reason.key(), reason.words())).toList();
        }
    }

    /** The report form: what is reported, where to go back to, and what was typed when it is shown again. */
    public record ReportForm(String kind, String id, String what, String back, List<Reason> reasons, String reason,
                             String details, String error) {
        static ReportForm of(Subject subject, String back, String reason, String details, String error) {
            return new ReportForm(subject.kind().key(), subject.id().toString(), described(subject.kind()), back,
                    Reason.all(), reason, details, error);
        }

        public boolean chosen(String key) {
            return key.equals(reason);
        }
    }

    /** A member's own report as their profile lists it. */
    public record MyReport(String what, String reason, String madeAt, String outcome, boolean decided) {
        static MyReport of(ListMyReports.MyReport report) {
            return new MyReport(described(report.kind()), report.reason().words(), IndiaTime.format(report.madeAt()),
                    report.outcome().map(Outcome::told).orElse("Waiting for a moderator"),
                    report.outcome().isPresent());
        }
    }

    /** One row of the queue. */
    public record QueueRow(String id, boolean crisis, boolean held, String what, String reasons, int reports,
                           boolean screened, String openedAt) {
        static QueueRow of(ViewModerationQueue.Item item) {
            var found = item.moderationCase();
            return new QueueRow(found.id().toString(), found.crisis(), found.held(), described(found.subject().kind()),
                    item.reasons().stream().map(ReportReason::words).sorted().collect(Collectors.joining("; ")),
                    item.reports(), item.screened(), IndiaTime.format(found.openedAt()));
        }
    }

    /** A case as its page shows it. */
    public record CasePage(String id, boolean crisis, boolean held, boolean open, String what, String kind,
                           String copy,
                           String placeLink, String author, String authorUsername, String openedAt,
                           List<ReportRow> reports, List<HistoryRow> history, List<String> reads, String decision,
                           boolean profile) {
        static CasePage of(ViewModerationCase.CaseView view) {
            var found = view.moderationCase();
            var author = view.author();
            return new CasePage(found.id().toString(), found.crisis(), found.held(), found.open(),
                    described(found.subject().kind()),
                    found.subject().kind().key(), found.copy(), linkTo(found), name(author), username(author),
                    IndiaTime.format(found.openedAt()),
                    view.reports().stream().map(report -> new ReportRow(report.reason().words(), report.details(),
                            report.reporter().map(id -> username(view.people().get(id))).orElse(
                                    report.reason() == ReportReason.WATCHED_WORD ? "the watched words list"
                                            : "the crisis screen"),
                            IndiaTime.format(report.madeAt()))).toList(),
                    view.history().stream().map(HistoryRow::of).toList(),
                    view.reads().stream().map(read -> username(view.people().get(read.moderator())) + " at "
                            + IndiaTime.format(read.at())).toList(),
                    found.decision().map(ModerationViews::decided).orElse(""),
                    found.subject().kind() == Subject.Kind.PROFILE);
        }
    }

    /** A report in a case. */
    public record ReportRow(String reason, String details, String by, String at) {
    }

    /** An earlier case about the same author. */
    public record HistoryRow(String id, String what, String openedAt, String outcome) {
        static HistoryRow of(ModerationCase earlier) {
            return new HistoryRow(earlier.id().toString(), described(earlier.subject().kind()),
                    IndiaTime.format(earlier.openedAt()),
                    earlier.decision().map(made -> made.outcome().told()).orElse("Open"));
        }
    }

    static String described(Subject.Kind kind) {
        return switch (kind) {
            case POST -> "A post";
            case COMMENT -> "A comment";
            case MESSAGE -> "A chat message";
            case PROFILE -> "A profile";
        };
    }

    private static String linkTo(ModerationCase found) {
        return switch (found.subject().kind()) {
            case POST, COMMENT -> found.place().map(group -> "/groups/" + group).orElse("");
            case MESSAGE, PROFILE -> "";
        };
    }

    private static String decided(Decision decision) {
        var until = decision.suspendedUntil().map(end -> " until " + IndiaTime.format(end)).orElse("");
        return decision.outcome().told() + until + " on " + IndiaTime.format(decision.decidedAt())
                + (decision.note().isEmpty() ? "" : ". Note: " + decision.note());
    }

    private static String name(User user) {
        return user == null ? OPERATOR : user.publicName();
    }

    /** A moderator or reporter who is no account is the operator at the command line. */
    private static String username(User user) {
        return user == null ? OPERATOR : user.username().map(name -> name.value()).orElse("(not onboarded)");
    }

    private static final String OPERATOR = "the operator (command line)";
}
