package app.bettertalk.web.identity;

import app.bettertalk.core.identity.CompleteOnboarding;
import app.bettertalk.core.identity.Profile;
import app.bettertalk.core.identity.ResumeSession;
import app.bettertalk.core.identity.UpdateProfile;
import app.bettertalk.web.Json;
import app.bettertalk.web.Requests;
import app.bettertalk.web.WebRefusal;
import io.javalin.http.Context;

/** The API for one's own account: {@code /api/v1/me} and {@code /api/v1/onboarding}. */
final class AccountApiHandlers {
    private final UpdateProfile updateProfile;
    private final CompleteOnboarding completeOnboarding;

    AccountApiHandlers(UpdateProfile updateProfile, CompleteOnboarding completeOnboarding) {
        this.updateProfile = updateProfile;
        this.completeOnboarding = completeOnboarding;
    }

    /** The signed-in account as the session found it (also before onboarding, so a client knows to onboard). */
    public void me(Context ctx) {
        var resumed = resumed(ctx);
        ctx.json(AccountJson.Me.of(resumed.user(), resumed.session().csrfToken()));
    }

    public void update(Context ctx) {
        var changes = Json.body(ctx, AccountJson.ProfileChanges.class);
        var resumed = resumed(ctx);
        // Fields left out keep their current values (none before onboarding, which the core then refuses).
        var current = resumed.user().profile();
        var displayName = changes.displayName() != null ? changes.displayName()
                : current.map(Profile::displayName).orElse("");
        var bio = changes.bio() != null ? changes.bio() : current.map(Profile::bio).orElse("");
        var age = changes.age() != null ? changes.age().toString()
                : current.map(profile -> String.valueOf(profile.age())).orElse("");
        var phone = changes.phone() != null ? changes.phone()
                : current.map(profile -> profile.phone().e164()).orElse("");
        var updated = updateProfile.update(new UpdateProfile.Command(resumed.actor(), displayName, bio, age, phone));
        ctx.json(AccountJson.Me.of(updated, resumed.session().csrfToken()));
    }

    public void onboard(Context ctx) {
        var form = Json.body(ctx, AccountJson.Onboarding.class);
        var resumed = resumed(ctx);
        var user = completeOnboarding.complete(new CompleteOnboarding.Command(resumed.actor(), form.phone(),
                form.age() == null ? "" : form.age().toString(), form.username(), form.acceptedTerms()));
        ctx.json(AccountJson.Me.of(user, resumed.session().csrfToken()));
    }

    private static ResumeSession.Resumed resumed(Context ctx) {
        return Requests.session(ctx).orElseThrow(WebRefusal::signedOut);
    }
}
