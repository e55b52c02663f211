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
        try {
            var dashboard = viewMentorDashboard.view(new ViewMentorDashboard.Query(Requests.actor(ctx)));
            ctx.render("mentor/dashboard.jte", Map.of("frame", Requests.frame(ctx, "Mentor dashboard"),
                    "dashboard", DashboardView.of(dashboard)));
        } catch (DomainException.Forbidden notAMentor) {
            if (!"not_a_mentor".equals(notAMentor.reason())) {
                throw notAMentor;
            }
            ctx.status(403);
            ctx.render("mentor/notMentor.jte", Map.of("frame", Requests.frame(ctx, "Mentor dashboard")));
        }
    }
}
