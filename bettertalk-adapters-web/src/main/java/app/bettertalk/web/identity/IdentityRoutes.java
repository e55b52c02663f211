package app.bettertalk.web.identity;

import app.bettertalk.core.booking.ListMyBookings;
import app.bettertalk.core.community.ListGroups;
import app.bettertalk.core.identity.ChangeBlock;
import app.bettertalk.core.identity.CompleteOnboarding;
import app.bettertalk.core.identity.ListBlocked;
import app.bettertalk.core.identity.EndSession;
import app.bettertalk.core.identity.SessionPolicy;
import app.bettertalk.core.identity.SignIn;
import app.bettertalk.core.identity.SignOutEverywhere;
import app.bettertalk.core.identity.StartSession;
import app.bettertalk.core.identity.UpdateProfile;
import app.bettertalk.core.identity.ViewProfile;
import app.bettertalk.web.FeatureRoutes;
import app.bettertalk.web.WebSettings;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/** Signing in and out, onboarding, and one's profile: the pages and {@code /api/v1/me}, {@code /api/v1/onboarding}. */
public final class IdentityRoutes implements FeatureRoutes {
    private final SignInHandlers signIn;
    private final OnboardingHandlers onboarding;
    private final ProfileHandlers profile;
    private final AccountApiHandlers accountApi;

    public IdentityRoutes(SignIn signIn, StartSession startSession, EndSession endSession,
                          SignOutEverywhere signOutEverywhere, CompleteOnboarding completeOnboarding,
                          ViewProfile viewProfile, UpdateProfile updateProfile, ListGroups listGroups,
                          ListMyBookings listMyBookings, ChangeBlock changeBlock, ListBlocked listBlocked,
                          GoogleAccounts google, WebSettings settings, SessionPolicy sessionPolicy) {
        this.signIn = new SignInHandlers(signIn, startSession, endSession, signOutEverywhere, google, settings,
                sessionPolicy);
        this.onboarding = new OnboardingHandlers(completeOnboarding);
        this.profile = new ProfileHandlers(viewProfile, updateProfile, listGroups, listMyBookings, changeBlock,
                listBlocked);
        this.accountApi = new AccountApiHandlers(updateProfile, completeOnboarding);
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/", signIn::landing);
        cfg.routes.get("/signin", signIn::page);
        cfg.routes.post("/auth/dev", signIn::devSignIn);
        cfg.routes.get("/auth/google", signIn::googleStart);
        cfg.routes.get("/auth/google/callback", signIn::googleCallback);
        cfg.routes.post("/signout", signIn::signOut);
        cfg.routes.post("/signout/everywhere", signIn::signOutEverywhere);
        cfg.routes.get("/onboarding", onboarding::form);
        cfg.routes.post("/onboarding", onboarding::submit);
        cfg.routes.get("/profile", profile::page);
        cfg.routes.post("/profile", profile::update);
        cfg.routes.get("/profile/{id}", profile::publicProfile);
        cfg.routes.post("/profile/{id}/block", ctx -> profile.block(ctx, true));
        cfg.routes.post("/profile/{id}/unblock", ctx -> profile.block(ctx, false));
        cfg.routes.put("/api/v1/me/blocks/{id}", ctx -> accountApiBlock(ctx, true));
        cfg.routes.delete("/api/v1/me/blocks/{id}", ctx -> accountApiBlock(ctx, false));
        cfg.routes.get("/api/v1/me", accountApi::me);
        cfg.routes.patch("/api/v1/me", accountApi::update);
        cfg.routes.post("/api/v1/onboarding", accountApi::onboard);
    }

    /** {@code PUT} blocks, {@code DELETE} lifts the block: 204 either way, and again if nothing changed. */
    private void accountApiBlock(Context ctx, boolean blocked) {
        profile.blockQuietly(ctx, blocked);
        ctx.status(204);
    }
}
