package app.bettertalk.web.notification;

import app.bettertalk.core.mailing.ChangeEmailPreferences;
import app.bettertalk.core.mailing.Unsubscribe;
import app.bettertalk.core.mailing.ViewEmailPreferences;
import app.bettertalk.web.FeatureRoutes;
import io.javalin.config.JavalinConfig;

/** Which emails one gets: {@code /profile/emails}, and the signed unsubscribe link's page. */
public final class EmailPreferenceRoutes implements FeatureRoutes {
    private final EmailPreferenceHandlers emailPreferences;

    public EmailPreferenceRoutes(ViewEmailPreferences viewEmailPreferences,
                                 ChangeEmailPreferences changeEmailPreferences, Unsubscribe unsubscribe) {
        this.emailPreferences = new EmailPreferenceHandlers(viewEmailPreferences, changeEmailPreferences, unsubscribe);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/profile/emails", emailPreferences::form);
        cfg.routes.post("/profile/emails", emailPreferences::save);
        cfg.routes.get("/unsubscribe", emailPreferences::confirm);
        cfg.routes.post("/unsubscribe", emailPreferences::unsubscribe);
    }
}
