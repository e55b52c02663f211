package app.bettertalk.web.mentor;

import app.bettertalk.core.booking.ViewMentorDashboard;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.Requests;
import io.javalin.http.Context;

import java.util.Map;

/** The mentor dashboard: profile, plans, bookings and chats; someone who is no mentor is pointed to applying. */
final class MentorDashboardHandlers {
    private final ViewMentorDashboard viewMentorDashboard;

    MentorDashboardHandlers(ViewMentorDashboard viewMentorDashboard) {
        this.viewMentorDashboard = viewMentorDashboard;
    }

    /** {@code GET /mentor/dashboard}. */
    public void show(Context ctx) {
        render(ctx, "mentor/dashboard.jte", "Mentor dashboard");
    }

    /** {@code GET /mentor/dashboard/plans}: the dashboard's plans on a page of their own. */
    public void plans(Context ctx) {
        render(ctx, "mentor/plans.jte", "Your plans");
    }

    private void render(Context ctx, String template, String title) {
        try {
            var dashboard = viewMentorDashboard.view(new ViewMentorDashboard.Query(Requests.actor(ctx)));
            ctx.render(template, Map.of("frame", Requests.frame(ctx, title), "dashboard", DashboardView.of(dashboard)));
        } catch (DomainException.Forbidden notAMentor) {
            if (!"not_a_mentor".equals(notAMentor.reason())) {
                throw notAMentor;
            }
            ctx.status(403);
            ctx.render("mentor/notMentor.jte", Map.of("frame", Requests.frame(ctx, "Mentor dashboard")));
        }
    }
}
