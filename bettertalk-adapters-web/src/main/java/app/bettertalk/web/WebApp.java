package app.bettertalk.web;

import app.bettertalk.core.BetterTalkCore;
import app.bettertalk.core.identity.SessionPolicy;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.admin.AdminHandlers;
import app.bettertalk.web.api.OpenApiDocument;
import app.bettertalk.web.booking.BookPlanHandlers;
import app.bettertalk.web.booking.BookingApiHandlers;
import app.bettertalk.web.booking.BookingHandlers;
import app.bettertalk.web.chat.ChatApiHandlers;
import app.bettertalk.web.chat.ChatHandlers;
import app.bettertalk.web.chat.ChatSocket;
import app.bettertalk.web.chat.InProcessLiveDelivery;
import app.bettertalk.web.community.CommunityApiHandlers;
import app.bettertalk.web.community.GroupHandlers;
import app.bettertalk.web.identity.AccountApiHandlers;
import app.bettertalk.web.identity.GoogleAccounts;
import app.bettertalk.web.identity.OnboardingHandlers;
import app.bettertalk.web.identity.ProfileHandlers;
import app.bettertalk.web.identity.SignInHandlers;
import app.bettertalk.web.mentor.MentorApiHandlers;
import app.bettertalk.web.mentor.MentorDashboardHandlers;
import app.bettertalk.web.mentor.MentorProfileHandlers;
import app.bettertalk.web.mentor.PlanHandlers;
import app.bettertalk.web.notes.NotesApiHandlers;
import app.bettertalk.web.notes.NotesHandlers;
import app.bettertalk.web.notification.EmailPreferenceHandlers;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.websocket.WsHandlerType;
import org.eclipse.jetty.server.handler.GracefulHandler;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * BetterTalk's web server: every route, the WebSocket, the renderer and the error mapping in one
 * {@code Javalin.create} block. Handlers run on virtual threads; stopping lets requests in flight finish.
 */
public final class WebApp {
    /** Bodies larger than this are refused with 413 before any handler reads them. */
    static final long MAX_BODY_BYTES = 64 * 1024;

    private final Javalin javalin;

    public WebApp(BetterTalkCore core, WebSettings settings, InProcessLiveDelivery live, GoogleAccounts google,
                  SessionPolicy sessionPolicy, BooleanSupplier databaseReady) {
        var guard = new Guard(core.resumeSession(), settings);
        var signIn = new SignInHandlers(core.signIn(), core.startSession(), core.endSession(), google, settings,
                sessionPolicy);
        var onboarding = new OnboardingHandlers(core.completeOnboarding());
        var groups = new GroupHandlers(core.listGroups(), core.viewGroup(), core.joinGroup(), core.leaveGroup(),
                core.writePost(), core.writeComment());
        var profile = new ProfileHandlers(core.viewProfile(), core.updateProfile(), core.listGroups(),
                core.listMyBookings());
        var admin = new AdminHandlers(core.viewMentorRoster(), core.listGroups(), core.verifyMentor(),
                core.createGroup());
        var mentorProfiles = new MentorProfileHandlers(core.viewMentor(), core.applyAsMentor(),
                core.editMentorProfile());
        var mentorDashboard = new MentorDashboardHandlers(core.viewMentorDashboard());
        var plans = new PlanHandlers(core.createPlan(), core.viewOwnPlan(), core.editPlan(),
                core.changePlanAvailability());
        var bookPlan = new BookPlanHandlers(core.viewPlan(), core.bookPlan());
        var bookings = new BookingHandlers(core.viewBookingPage(), core.confirmBooking(), core.cancelBooking());
        var chats = new ChatHandlers(core.readChat(), core.sendMessage());
        var chatApi = new ChatApiHandlers(core.readChat(), core.sendMessage());
        var chatSocket = new ChatSocket(core.resumeSession(), core.readChat(), core.sendMessage(), live, settings);
        var notes = new NotesHandlers(core.readNotes(), core.writeNotes());
        var notesApi = new NotesApiHandlers(core.readNotes(), core.writeNotes());
        var emailPreferences = new EmailPreferenceHandlers(core.viewEmailPreferences(),
                core.changeEmailPreferences(), core.unsubscribe());
        this.javalin = Javalin.create(cfg -> {
            configure(cfg);
            cfg.routes.before(guard::before);
            cfg.routes.exception(DomainException.class, ErrorMapper::domain);
            cfg.routes.exception(WebRefusal.class, ErrorMapper::refusal);
            cfg.routes.exception(HttpResponseException.class, ErrorMapper::http);
            cfg.routes.exception(Exception.class, ErrorMapper::unexpected);
            cfg.routes.error(404, ErrorMapper::notFound);

            cfg.routes.get("/health", ctx -> {
                var ready = databaseReady.getAsBoolean();
                ctx.status(ready ? 200 : 503).contentType("application/json")
                        .result(Json.write(Map.of("status", ready ? "ok" : "degraded", "database",
                                ready ? "ready" : "unavailable")));
            });

            // identity
            cfg.routes.get("/", signIn::landing);
            cfg.routes.get("/signin", signIn::page);
            cfg.routes.post("/auth/dev", signIn::devSignIn);
            cfg.routes.get("/auth/google", signIn::googleStart);
            cfg.routes.get("/auth/google/callback", signIn::googleCallback);
            cfg.routes.post("/signout", signIn::signOut);
            cfg.routes.get("/onboarding", onboarding::form);
            cfg.routes.post("/onboarding", onboarding::submit);

            // groups, profile and admin pages
            cfg.routes.get("/groups", groups::list);
            cfg.routes.get("/groups/{id}", groups::page);
            cfg.routes.post("/groups/{id}/join", groups::join);
            cfg.routes.post("/groups/{id}/leave", groups::leave);
            cfg.routes.post("/groups/{id}/posts", groups::post);
            cfg.routes.post("/posts/{id}/comments", groups::comment);
            cfg.routes.get("/profile", profile::page);
            cfg.routes.post("/profile", profile::update);
            // before /profile/{id}, which would take "emails" for an id
            cfg.routes.get("/profile/emails", emailPreferences::form);
            cfg.routes.post("/profile/emails", emailPreferences::save);
            cfg.routes.get("/profile/{id}", profile::publicProfile);
            cfg.routes.get("/admin", admin::page);
            cfg.routes.post("/admin/mentors/{id}/verify", admin::verify);
            cfg.routes.post("/admin/mentors/{id}/unverify", admin::unverify);
            cfg.routes.post("/admin/groups", admin::createGroup);
            // mentors and bookings (the fixed /mentor/... paths before /mentor/{id}, which would take them)
            cfg.routes.get("/mentor/apply", mentorProfiles::applyForm);
            cfg.routes.post("/mentor/apply", mentorProfiles::apply);
            cfg.routes.get("/mentor/dashboard", mentorDashboard::show);
            cfg.routes.post("/mentor/profile", mentorProfiles::editProfile);
            cfg.routes.post("/mentor/plans", plans::create);
            cfg.routes.get("/mentor/plans/{id}/edit", plans::editForm);
            cfg.routes.post("/mentor/plans/{id}", plans::edit);
            cfg.routes.post("/mentor/plans/{id}/activate", plans::activate);
            cfg.routes.post("/mentor/plans/{id}/deactivate", plans::deactivate);
            cfg.routes.get("/mentor/{id}", mentorProfiles::page);
            cfg.routes.get("/book/{planId}", bookPlan::summary);
            cfg.routes.post("/book/{planId}", bookPlan::book);
            cfg.routes.get("/bookings/{id}", bookings::page);
            cfg.routes.post("/bookings/{id}/pay", bookings::pay);
            cfg.routes.post("/bookings/{id}/cancel", bookings::cancel);
            // chat and notes: the page, sending without JavaScript, the API, the WebSocket, the notes tab
            cfg.routes.get("/chat/{chatId}", chats::page);
            cfg.routes.post("/chat/{chatId}/messages", chats::send);
            cfg.routes.get("/chat/{chatId}/notes", notes::page);
            cfg.routes.post("/chat/{chatId}/notes", notes::save);
            cfg.routes.get("/api/v1/chats/{id}", chatApi::summary);
            cfg.routes.get("/api/v1/chats/{id}/messages", chatApi::messages);
            cfg.routes.post("/api/v1/chats/{id}/messages", chatApi::send);
            cfg.routes.get("/api/v1/chats/{id}/notes", notesApi::read);
            cfg.routes.put("/api/v1/chats/{id}/notes", notesApi::write);
            cfg.routes.wsBeforeUpgrade("/ws/chats/{id}", chatSocket::beforeUpgrade);
            cfg.routes.ws("/ws/chats/{id}", chatSocket::configure);
            cfg.events.serverStopped(chatSocket::close);
            // JSON API: /api/v1 (chats and notes are registered with the chat feature), described by OpenAPI
            var accountApi = new AccountApiHandlers(core.updateProfile(), core.completeOnboarding());
            var communityApi = new CommunityApiHandlers(core.listGroups(), core.viewGroup(), core.joinGroup(),
                    core.leaveGroup(), core.writePost(), core.writeComment(), core.viewPost());
            var mentorApi = new MentorApiHandlers(core.viewMentor(), core.applyAsMentor(), core.createPlan(),
                    core.editPlan(), core.changePlanAvailability(), core.verifyMentor());
            var bookingApi = new BookingApiHandlers(core.bookPlan(), core.viewBooking(), core.confirmBooking(),
                    core.listBookings());
            cfg.routes.get("/api/openapi.json", new OpenApiDocument()::serve);
            cfg.routes.get("/api/v1/me", accountApi::me);
            cfg.routes.patch("/api/v1/me", accountApi::update);
            cfg.routes.post("/api/v1/onboarding", accountApi::onboard);
            cfg.routes.get("/api/v1/groups", communityApi::list);
            cfg.routes.get("/api/v1/groups/{id}", communityApi::view);
            cfg.routes.post("/api/v1/groups/{id}/join", communityApi::join);
            cfg.routes.post("/api/v1/groups/{id}/leave", communityApi::leave);
            cfg.routes.get("/api/v1/groups/{id}/posts", communityApi::posts);
            cfg.routes.post("/api/v1/groups/{id}/posts", communityApi::writePost);
            cfg.routes.get("/api/v1/posts/{id}/comments", communityApi::comments);
            cfg.routes.post("/api/v1/posts/{id}/comments", communityApi::writeComment);
            cfg.routes.get("/api/v1/mentors/{id}", mentorApi::view);
            cfg.routes.post("/api/v1/mentors", mentorApi::apply);
            cfg.routes.get("/api/v1/me/plans", mentorApi::myPlans);
            cfg.routes.post("/api/v1/me/plans", mentorApi::createPlan);
            cfg.routes.patch("/api/v1/me/plans/{id}", mentorApi::changePlan);
            cfg.routes.post("/api/v1/admin/mentors/{id}/verification", mentorApi::verify);
            cfg.routes.post("/api/v1/bookings", bookingApi::book);
            cfg.routes.get("/api/v1/bookings", bookingApi::list);
            cfg.routes.get("/api/v1/bookings/{id}", bookingApi::view);
            cfg.routes.post("/api/v1/bookings/{id}/confirm", bookingApi::confirm);
            // email preferences
            cfg.routes.get("/unsubscribe", emailPreferences::confirm);
            cfg.routes.post("/unsubscribe", emailPreferences::unsubscribe);
        });
    }

    private static void configure(JavalinConfig cfg) {
        cfg.startup.showJavalinBanner = false;
        cfg.concurrency.useVirtualThreads = true;
        cfg.http.maxRequestSize = MAX_BODY_BYTES;
        cfg.jsonMapper(Json.mapper());
        cfg.fileRenderer(new JteRenderer());
        cfg.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = "/public";
            files.location = Location.CLASSPATH;
        });
        cfg.jetty.modifyServer(server -> {
            server.setStopTimeout(10_000);
            server.insertHandler(new GracefulHandler());
        });
        // JTE output is UTF-8; say so, since Javalin's text/html carries no charset.
        cfg.routes.after(ctx -> {
            var type = ctx.res().getContentType();
            if (type != null && type.startsWith("text/html") && !type.contains("charset")) {
                ctx.contentType("text/html; charset=utf-8");
            }
        });
    }

    public WebApp start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    /**
     * Every route as {@code "METHOD /path"}, WebSockets as {@code "WS /path"}, for the tests that keep the API
     * description and the authorization matrix true.
     */
    List<String> routes() {
        var router = javalin.unsafe.internalRouter;
        var http = router.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path);
        var sockets = router.allWsHandlers().stream()
                .filter(entry -> entry.getType() == WsHandlerType.WEBSOCKET)
                .map(entry -> "WS " + entry.getPath());
        return Stream.concat(http, sockets).toList();
    }

    public int port() {
        return javalin.port();
    }

    /** Stops accepting requests and waits up to ten seconds for those in flight. */
    public void stop() {
        javalin.stop();
    }
}
