package app.bettertalk.web.moderation;

import app.bettertalk.core.moderation.CaseId;
import app.bettertalk.core.moderation.DecideCase;
import app.bettertalk.core.moderation.ListMyReports;
import app.bettertalk.core.moderation.Outcome;
import app.bettertalk.core.moderation.ReportReason;
import app.bettertalk.core.moderation.ReportSubject;
import app.bettertalk.core.moderation.ViewModerationCase;
import app.bettertalk.core.moderation.ViewModerationQueue;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.Json;
import app.bettertalk.web.OpenSockets;
import app.bettertalk.web.Requests;
import app.bettertalk.web.ReturnPath;
import app.bettertalk.web.api.ApiInput;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** The report form and its API, a member's own reports, and the moderators' queue, case page and decision. */
final class ModerationHandlers {
    /** How many cases the queue page shows. */
    static final int QUEUE_SHOWN = 200;

    private final ReportSubject reportSubject;
    private final ListMyReports listMyReports;
    private final ViewModerationQueue viewQueue;
    private final ViewModerationCase viewCase;
    private final DecideCase decideCase;
    private final OpenSockets sockets;

    ModerationHandlers(ReportSubject reportSubject, ListMyReports listMyReports, ViewModerationQueue viewQueue,
                       ViewModerationCase viewCase, DecideCase decideCase, OpenSockets sockets) {
        this.reportSubject = reportSubject;
        this.listMyReports = listMyReports;
        this.viewQueue = viewQueue;
        this.viewCase = viewCase;
        this.decideCase = decideCase;
        this.sockets = sockets;
    }

    /** {@code GET /report?kind=post&id=…&back=/groups/…}: what is reported, and why. */
    void form(Context ctx) {
        var subject = subject(ctx.queryParam("kind"), ctx.queryParam("id"));
        renderForm(ctx, ModerationViews.ReportForm.of(subject, back(ctx.queryParam("back")), "", "", ""));
    }

    /** {@code POST /report}: counts the report and thanks the reporter; a form with a mistake comes back as typed. */
    void report(Context ctx) {
        var subject = subject(ctx.formParam("kind"), ctx.formParam("id"));
        var back = back(ctx.formParam("back"));
        var reason = Requests.form(ctx, "reason");
        var details = Requests.form(ctx, "details");
        try {
            reportSubject.report(new ReportSubject.Command(Requests.actor(ctx), subject, ReportReason.parse(reason),
                    details));
        } catch (DomainException.Validation | DomainException.Forbidden refused) {
            ctx.status(ErrorMapper.status(refused));
            var error = refused instanceof DomainException.Validation v
                    ? (v.field().equals("reason") ? "Choose why you are reporting this."
                    : "Your note " + v.rule() + ".")
                    : refused.getMessage();
            renderForm(ctx, ModerationViews.ReportForm.of(subject, back, reason, details, error));
            return;
        }
        ctx.render("moderation/reported.jte", Map.of("frame", Requests.frame(ctx, "Thank you for telling us"),
                "back", back));
    }

    /** {@code POST /api/v1/reports}: 201 with whether this report was counted (false: made before). */
    void reportApi(Context ctx) {
        var body = Json.body(ctx, ModerationJson.NewReport.class);
        var subject = ApiInput.naming(field -> field, () -> subject(body.kind(), body.id()));
        var receipt = reportSubject.report(new ReportSubject.Command(Requests.actor(ctx), subject,
                ReportReason.parse(body.reason()), body.details()));
        ApiInput.created(ctx, new ModerationJson.ReportReceipt(receipt.counted()));
    }

    /** {@code GET /profile/reports}: what came of the member's reports. */
    void mine(Context ctx) {
        var reports = listMyReports.list(Requests.actor(ctx)).stream().map(ModerationViews.MyReport::of).toList();
        ctx.render("moderation/mine.jte", Map.of("frame", Requests.frame(ctx, "Your reports"), "reports", reports));
    }

    /** {@code GET /api/v1/me/reports}. */
    void mineApi(Context ctx) {
        ctx.json(ModerationJson.MyReports.of(listMyReports.list(Requests.actor(ctx))));
    }

    /** {@code GET /admin/moderation}: the open cases, crisis first. */
    void queue(Context ctx) {
        var rows = viewQueue.view(new ViewModerationQueue.Query(Requests.actor(ctx), QUEUE_SHOWN)).stream()
                .map(ModerationViews.QueueRow::of).toList();
        ctx.render("moderation/queue.jte", Map.of("frame", Requests.frame(ctx, "Moderation"), "rows", rows,
                "decided", Optional.ofNullable(ctx.queryParam("decided")).orElse("")));
    }

    /** {@code GET /admin/moderation/{id}}: one case; reading a chat message's case is recorded by the core. */
    void open(Context ctx) {
        renderCase(ctx, Requests.id(ctx, "id", CaseId::parse), "");
    }

    /** {@code POST /admin/moderation/{id}/decision}: decides, and closes the author's sockets if they were shut out. */
    void decide(Context ctx) {
        var id = Requests.id(ctx, "id", CaseId::parse);
        try {
            var outcome = Outcome.parse(ctx.formParam("outcome"));
            var days = outcome == Outcome.SUSPENDED ? Optional.of(days(ctx.formParam("days")))
                    : Optional.<Duration>empty();
            var decided = decideCase.decide(new DecideCase.Command(Requests.actor(ctx), id, outcome,
                    Requests.form(ctx, "note"), days));
            if (decided.sessionsEnded()) {
                sockets.userSignedOut(decided.moderationCase().author());
            }
            ctx.redirect("/admin/moderation?decided=" + outcome.key(), HttpStatus.SEE_OTHER);
        } catch (DomainException.Validation | DomainException.Forbidden | DomainException.Conflict refused) {
            ctx.status(ErrorMapper.status(refused));
            renderCase(ctx, id, refused instanceof DomainException.Validation v ? v.rule() : refused.getMessage());
        }
    }

    private void renderCase(Context ctx, CaseId id, String error) {
        var view = viewCase.view(new ViewModerationCase.Query(Requests.actor(ctx), id));
        ctx.render("moderation/case.jte", Map.of("frame", Requests.frame(ctx, "Moderation case"),
                "page", ModerationViews.CasePage.of(view), "error", error));
    }

    private static void renderForm(Context ctx, ModerationViews.ReportForm form) {
        ctx.render("moderation/report.jte", Map.of("frame", Requests.frame(ctx, "Report"), "form", form));
    }

    private static Duration days(String text) {
        try {
            var days = Integer.parseInt(text == null ? "" : text.strip());
            if (days >= 1 && days <= 365) {
                return Duration.ofDays(days);
            }
        } catch (NumberFormatException notANumber) {
            // Said below.
        }
        throw new DomainException.Validation("days", "a suspension is 1 to 365 days");
    }

    /** Only a path on this site, so a report link cannot send anyone elsewhere afterwards. */
    private static String back(String given) {
        return ReturnPath.safe(given).orElse("/");
    }

    private static Subject subject(String kind, String id) {
        try {
            return Subject.of(kind, id);
        } catch (DomainException.Validation malformed) {
            throw new DomainException.NotFound("report subject");
        }
    }
}
