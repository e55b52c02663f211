package app.bettertalk.web.identity;

import app.bettertalk.core.identity.CompleteOnboarding;
import app.bettertalk.core.identity.Consent;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.ErrorMapper;
import app.bettertalk.web.Requests;
import app.bettertalk.web.ReturnPath;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.util.HashMap;
import java.util.Map;

/**
 * The onboarding form: phone, age, the anonymous username that can never change, and the box that agrees to the
 * terms and the privacy notice (its value is their version, so a form opened before they changed is refused). Done, it leads to the groups, or
 * back to the page ({@link ReturnPath}) that sent the newcomer to sign in.
 */
final class OnboardingHandlers {
    private final CompleteOnboarding completeOnboarding;

    OnboardingHandlers(CompleteOnboarding completeOnboarding) {
        this.completeOnboarding = completeOnboarding;
    }

    public void form(Context ctx) {
        if (Requests.session(ctx).map(found -> found.user().onboarded()).orElse(false)) {
            ctx.redirect(ReturnPath.of(ctx).orElse("/groups"), HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, Map.of(), "", "");
    }

    public void submit(Context ctx) {
        var typed = Map.of("phone", Requests.form(ctx, "phone"), "age", Requests.form(ctx, "age"),
                "username", Requests.form(ctx, "username"), "terms", Requests.form(ctx, "terms"));
        try {
            completeOnboarding.complete(new CompleteOnboarding.Command(Requests.actor(ctx), typed.get("phone"),
                    typed.get("age"), typed.get("username"), typed.get("terms")));
            ctx.redirect(ReturnPath.of(ctx).orElse("/groups"), HttpStatus.SEE_OTHER);
        } catch (DomainException.Validation | DomainException.Conflict refused) {
            ctx.status(ErrorMapper.status(refused));
            var field = refused instanceof DomainException.Validation v ? v.field() : "username";
            render(ctx, typed, field, refused instanceof DomainException.Validation v ? v.rule() : refused.getMessage());
        }
    }

    private static void render(Context ctx, Map<String, String> typed, String errorField, String error) {
        var model = new HashMap<String, Object>();
        model.put("frame", Requests.frame(ctx, "Welcome"));
        model.put("phone", typed.getOrDefault("phone", ""));
        model.put("age", typed.getOrDefault("age", ""));
        model.put("username", typed.getOrDefault("username", ""));
        model.put("errorField", errorField);
        model.put("error", error);
        model.put("returnTo", ReturnPath.of(ctx).orElse(""));
        model.put("termsVersion", Consent.CURRENT);
        model.put("agreed", !typed.getOrDefault("terms", "").isEmpty());
        ctx.render("identity/onboarding.jte", model);
    }
}
