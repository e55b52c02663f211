package app.bettertalk.web.moderation;

import app.bettertalk.core.moderation.ListMyReports;

import java.util.List;

/** The JSON shapes of reporting and of a member's own reports. */
public final class ModerationJson {
    private ModerationJson() {
    }

    /** {@code POST /api/v1/reports}: {@code kind} is post, comment, message or profile. */
    public record NewReport(String kind, String id, String reason, String details) {
    }

    /** Whether the report was counted; false when the member had already reported it. */
    public record ReportReceipt(boolean counted) {
    }

    /** A member's reports, newest first. */
    public record MyReports(List<MyReport> reports) {
        static MyReports of(List<ListMyReports.MyReport> reports) {
            return new MyReports(reports.stream().map(report -> new MyReport(report.kind().key(),
                    report.reason().key(), report.madeAt().toString(),
                    report.outcome().map(outcome -> outcome.key()).orElse(null),
                    report.decidedAt().map(Object::toString).orElse(null))).toList());
        }
    }

    /** One report: {@code outcome} and {@code decidedAt} are null while a moderator is looking at it. */
    public record MyReport(String kind, String reason, String madeAt, String outcome, String decidedAt) {
    }
}
