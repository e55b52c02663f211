package app.bettertalk.web;

import app.bettertalk.core.access.Role;
import app.bettertalk.core.identity.ResumeSession;
import app.bettertalk.core.shared.UserId;

/** The signed-in person as the page frame shows them: name for the menu, and which menu entries apply. */
public record Viewer(UserId id, String name, boolean onboarded, boolean admin, boolean mentor, String csrfToken,
                     boolean moderator) {
    static Viewer of(ResumeSession.Resumed resumed) {
        var user = resumed.user();
        var name = user.onboarded() ? user.publicName() : user.googleName();
        return new Viewer(user.id(), name, user.onboarded(), user.role() == Role.ADMIN, user.role() == Role.MENTOR,
                resumed.session().csrfToken(), user.asActor().moderates());
    }
}
