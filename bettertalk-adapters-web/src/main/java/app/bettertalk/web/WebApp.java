package app.bettertalk.web;

import app.bettertalk.core.BetterTalkCore;
import app.bettertalk.core.booking.PaymentGatewayUnavailable;
import app.bettertalk.core.identity.SessionPolicy;
import app.bettertalk.core.limits.Throttle;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.web.admin.AdminRoutes;
import app.bettertalk.web.api.OpenApiDocument;
import app.bettertalk.web.booking.BookingRoutes;
import app.bettertalk.web.chat.ChatRoutes;
import app.bettertalk.web.chat.InProcessLiveDelivery;
import app.bettertalk.web.chats.ChatsRoutes;
import app.bettertalk.web.community.CommunityRoutes;
import app.bettertalk.web.directory.DirectoryRoutes;
import app.bettertalk.web.help.HelpRoutes;
import app.bettertalk.web.privacy.PrivacyRoutes;
import app.bettertalk.web.identity.GoogleAccounts;
import app.bettertalk.web.identity.IdentityRoutes;
import app.bettertalk.web.limits.RateLimitRoutes;
import app.bettertalk.web.moderation.ModerationRoutes;
import app.bettertalk.web.mentor.MentorRoutes;
import app.bettertalk.web.notes.NotesRoutes;
import app.bettertalk.web.notification.EmailPreferenceRoutes;
import app.bettertalk.web.razorpay.RazorpayRoutes;
import app.bettertalk.web.review.ReviewRoutes;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import org.eclipse.jetty.server.handler.GracefulHandler;

import java.nio.channels.ServerSocketChannel;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * BetterTalk's web server: its set-up (security, error mapping, static files, renderer) and the list of features, each
 * registering its own routes. Handlers run on virtual threads; stopping lets requests in flight finish.
 */
public final class WebApp {
    /** Bodies larger than this are refused with 413 before any handler reads them. */
    static final long MAX_BODY_BYTES = 64 * 1024;
    /** Multipart uploads larger than this are refused with 413 as Jetty reads them. */
    static final long MAX_UPLOAD_BYTES = 3L * 1024 * 1024;

    private final Javalin javalin;

    public WebApp(BetterTalkCore core, WebSettings settings, InProcessLiveDelivery live, GoogleAccounts google,
                  SessionPolicy sessionPolicy, BooleanSupplier databaseReady, Throttle throttle) {
        var sockets = new OpenSockets(core.resumeSession(), throttle.limits().socketsPerSession(),
                OpenSockets.RECHECK);
        var features = List.<FeatureRoutes>of(new Health(databaseReady), new PrivacyRoutes(core.exportData(), core.eraseAccount(), sockets), new HelpRoutes(settings.helplines(),
                        core.viewSafetyPlan(), core.saveSafetyPlan()),
                new RateLimitRoutes(throttle, settings), new SocketSessions(sockets),
                // Before identity's /profile/{id}, which would take "reports" or "emails" for an id.
                new ModerationRoutes(core.reportSubject(), core.listMyReports(), core.viewModerationQueue(),
                        core.viewModerationCase(), core.decideCase(), sockets),
                new EmailPreferenceRoutes(core.viewEmailPreferences(), core.changeEmailPreferences(),
                        core.unsubscribe()),
                new IdentityRoutes(core.signIn(), core.startSession(), core.endSession(), core.signOutEverywhere(),
                        core.completeOnboarding(),
                        core.viewProfile(), core.updateProfile(), core.listGroups(), core.listMyBookings(),
                        core.changeBlock(), core.listBlocked(), google,
                        settings, sessionPolicy),
                new CommunityRoutes(core.listGroups(), core.viewGroup(), core.joinGroup(), core.leaveGroup(),
                        core.writePost(), core.writeComment(), core.viewPost(),
                        new CommunityRoutes.Edits(core.viewOwnPost(), core.editPost(), core.deletePost(),
                                core.viewOwnComment(), core.editComment(), core.deleteComment())),
                new AdminRoutes(core.viewMentorRoster(), core.listGroups(), core.verifyMentor(), core.createGroup(),
                        core.listWatchedWords(), core.watchWord(), core.unwatchWord()),
                new MentorRoutes(core.viewMentor(), core.applyAsMentor(), core.editMentorProfile(),
                        core.viewMentorDashboard(), core.createPlan(), core.viewOwnPlan(), core.editPlan(),
                        core.changePlanAvailability(), core.verifyMentor(), core.changeMentorPhoto(),
                        core.removeMentorPhoto(), core.viewMentorPhoto(), core.listMentorReviews()),
                new DirectoryRoutes(core.findMentors()),
                new BookingRoutes(core.viewPlan(), core.bookPlan(), core.viewBookingPage(), core.viewBooking(),
                        core.listBookings(), core.confirmBooking(), core.cancelBooking(), core.refundBooking(),
                        core.openCheckout(), settings),
                new RazorpayRoutes(core.completeCheckout(), core.settlePayment(), core.settleRefund(), settings),
                new ChatRoutes(core.readChat(), core.sendMessage(), core.findConcernInChat(), core.resumeSession(),
                        live, settings, throttle, sockets),
                new NotesRoutes(core.readNotes(), core.writeNotes()),
                new ChatsRoutes(core.listChats(), core.countUnread(), core.resumeSession(), live, settings,
                        sockets),
                new ReviewRoutes(core.viewBookingReview(), core.writeReview(), core.listMentorReviews(),
                        core.replyToReview()));
        var guard = new Guard(core.resumeSession(), settings);
        this.javalin = Javalin.create(cfg -> {
            configure(cfg);
            cfg.routes.before(guard::before);
            cfg.routes.exception(DomainException.class, ErrorMapper::domain);
            cfg.routes.exception(WebRefusal.class, ErrorMapper::refusal);
            cfg.routes.exception(PaymentGatewayUnavailable.class, ErrorMapper::paymentProvider);
            cfg.routes.exception(HttpResponseException.class, ErrorMapper::http);
            cfg.routes.exception(Exception.class, ErrorMapper::unexpected);
            cfg.routes.error(404, ErrorMapper::notFound);
            cfg.routes.get("/api/openapi.json", new OpenApiDocument()::serve);
            features.forEach(feature -> feature.register(cfg));
            cfg.events.serverStopped(sockets::close);
        });
    }

    static void configure(JavalinConfig cfg) {
        cfg.startup.showJavalinBanner = false;
        cfg.concurrency.useVirtualThreads = true;
        cfg.http.maxRequestSize = MAX_BODY_BYTES;
        // Multipart bodies (the photo upload) are read by Jetty, not under maxRequestSize: bounded here, and in
        // memory only, so no upload is written to a temporary file. A little over the 2 MB the core takes, so a
        // file just over it gets the core's own words.
        cfg.jetty.multipartConfig.maxFileSize(MAX_UPLOAD_BYTES, SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxTotalRequestSize(MAX_UPLOAD_BYTES + MAX_BODY_BYTES, SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxInMemoryFileSize((int) (MAX_UPLOAD_BYTES + MAX_BODY_BYTES), SizeUnit.BYTES);
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

    /** Starts on a socket bound beforehand (to port 0, say), so its port is known before the settings name it. */
    public WebApp start(ServerSocketChannel listening) {
        javalin.unsafe.jettyInternal.connectors.add(BoundConnector.on(listening));
        javalin.start();
        return this;
    }

    /** Every route as {@code "METHOD /path"}, WebSockets as {@code "WS /path"}, for the tests that check them all. */
    List<String> routes() {
        return RegisteredRoutes.of(javalin);
    }

    public int port() {
        return javalin.port();
    }

    /** Stops accepting requests and waits up to ten seconds for those in flight. */
    public void stop() {
        javalin.stop();
    }
}
