package app.bettertalk.cli.serve;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.Settings;
import app.bettertalk.cli.Wiring;
import app.bettertalk.core.booking.ReconcilePayments;
import app.bettertalk.core.booking.SweepExpiredChats;
import app.bettertalk.core.identity.SweepEndedSessions;
import app.bettertalk.web.WebSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** {@code bettertalk serve}: the web application, until stopped (Ctrl-C or SIGTERM finish requests in flight). */
@Command(name = "serve", mixinStandardHelpOptions = true, header = "Serve the BetterTalk web application.")
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);
    /** Ended sessions cannot be resumed; deleting them is about keeping no record, so hourly is enough. */
    static final Duration SESSION_SWEEP_EVERY = Duration.ofHours(1);

    private final Supplier<Wiring> wiring;
    private final Map<String, String> env;
    private final CountDownLatch stopped;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Public URL of the site, for links and cookies (default: http://HOST:PORT).")
    String baseUrl;

    @Option(names = "--dev-login", description = "Allow signing in as anyone without a password, and simulated "
            + "payments. Only on a loopback host.")
    boolean devLogin;

    @Option(names = "--no-migrate", negatable = false,
            description = "Do not bring the database schema up to date before serving.")
    boolean noMigrate;

    @Option(names = "--send-emails", description = "Also send queued emails, in the background, every "
            + "few seconds (--email-interval); otherwise run 'bettertalk emails sweep' from cron.")
    boolean sendEmails;

    @Option(names = "--email-interval", defaultValue = "10", paramLabel = "SECONDS",
            description = "Seconds between email sweeps with --send-emails (default: ${DEFAULT-VALUE}).")
    int emailInterval;

    @Option(names = "--chat-sweep", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Expire ended chats' bookings in the background every --chat-sweep-interval "
                    + "(on by default; --no-chat-sweep leaves it to 'bettertalk chats sweep-expired' from cron).")
    boolean chatSweep;

    @Option(names = "--chat-sweep-interval", defaultValue = "60", paramLabel = "SECONDS",
            description = "Seconds between chat-expiry sweeps (default: ${DEFAULT-VALUE}).")
    int chatSweepInterval;

    @Option(names = "--payment-sweep", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Reconcile payments with the provider and cancel bookings left unpaid, in the background "
                    + "(default: on; --no-payment-sweep when a cron job runs `payments reconcile`).")
    boolean paymentSweep;

    @Option(names = "--payment-sweep-interval", defaultValue = "60", paramLabel = "SECONDS",
            description = "Seconds between payment reconciliations (default: ${DEFAULT-VALUE}).")
    int paymentSweepInterval;

    @Option(names = "--quiet-period", paramLabel = "DURATION",
            description = "How long a chat must be silent before a new message is emailed, as 90m, 12h, 2d "
                    + "(env BETTERTALK_QUIET_PERIOD, config quiet.period; default 12h).")
    String quietPeriod;

    /** {@code stopped} is counted down to make a running server stop, as a signal would. */
    public ServeCommand(Supplier<Wiring> wiring, Map<String, String> env, CountDownLatch stopped) {
        this.wiring = wiring;
        this.env = env;
        this.stopped = stopped;
    }

    @Override
    public Integer call() throws InterruptedException, IOException {
        if (devLogin && !isLoopback(host)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--dev-login lets anyone sign in as anyone; it is only allowed on a loopback host, not " + host);
        }
        if (port < 0 || port > 65_535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0 to 65535");
        }
        if (emailInterval < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--email-interval must be at least 1");
        }
        if (paymentSweepInterval < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--payment-sweep-interval must be at least 1");
        }
        if (chatSweepInterval < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--chat-sweep-interval must be at least 1");
        }
        Duration quiet;
        try {
            quiet = quietPeriod == null ? null : Settings.quietPeriod(quietPeriod);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--quiet-period: " + e.getMessage());
        }
        var wired = wiring.get();
        if (quiet == null) {
            quiet = wired.settings().quietPeriod();
        }
        if (!noMigrate) {
            wired.database().migrate();
        }
        try (var listening = listen(host, port)) {
            return serve(wired, listening, quiet);
        }
    }

    private int serve(Wiring wired, ServerSocketChannel listening, Duration quiet)
            throws InterruptedException, IOException {
        var bound = ((InetSocketAddress) listening.getLocalAddress()).getPort();
        // Links point where the product is served: the configured address, else the port actually bound.
        var url = baseUrl != null || !wired.settings().mail().siteUrl().isEmpty() ? wired.siteUrl(baseUrl)
                : URI.create("http://" + host + ":" + bound);
        wired.recordSiteUrl(url);
        var settings = new WebSettings(url, devLogin, env.get("BETTERTALK_GOOGLE_CLIENT_ID"),
                env.get("BETTERTALK_GOOGLE_CLIENT_SECRET"), wired.settings().razorpay(),
                wired.settings().helplines(), wired.settings().trustedProxies());
        var app = wired.webApp(settings, quiet).start(listening);
        var out = spec.commandLine().getOut();
        out.println("BetterTalk is serving on http://" + host + ":" + app.port() + "/"
                + (devLogin ? " with development sign-in" : "") + " (database: "
                + wired.database().settings().redactedUrl() + ")");
        out.flush();
        var emails = sendEmails ? wired.emailDispatcher(url, Duration.ofSeconds(emailInterval)).start() : null;
        if (emails != null) {
            out.println("Sending queued emails every " + emailInterval + " s to " + wired.mailDestination() + ".");
            out.flush();
        }
        var chats = chatSweep ? BackgroundJob.every("chat sweep", Duration.ofSeconds(chatSweepInterval),
                chatSweep(wired.operatorCore().sweepExpiredChats())) : null;
        if (chats != null) {
            out.println("Expiring ended chats every " + chatSweepInterval + " s.");
            out.flush();
        }
        var payments = paymentSweep ? BackgroundJob.every("payment reconciliation",
                Duration.ofSeconds(paymentSweepInterval), reconcile(wired)) : null;
        if (payments != null) {
            out.println("Reconciling payments and cancelling unpaid bookings every " + paymentSweepInterval + " s.");
            out.flush();
        }
        var sessions = BackgroundJob.every("session sweep", SESSION_SWEEP_EVERY,
                sessionSweep(wired.operatorCore().sweepEndedSessions()));
        out.println("Deleting ended sign-in sessions every hour.");
        out.flush();
        var hook = new Thread(stopped::countDown, "bettertalk-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
        sessions.close();
        if (chats != null) {
            chats.close();
        }
        if (payments != null) {
            payments.close();
        }
        if (emails != null) {
            emails.close();
        }
        app.stop();
        return ExitCodes.OK;
    }

    private static Runnable sessionSweep(SweepEndedSessions sweep) {
        return () -> {
            var deleted = sweep.sweep(1_000);
            if (deleted > 0) {
                LOG.info("sessions: {} ended sessions deleted", deleted);
            }
        };
    }

    private static Runnable chatSweep(SweepExpiredChats sweep) {
        var each = new SweepExpiredChats.Command(1_000, 100);
        return () -> {
            var report = sweep.sweep(each);
            if (report.chatsClosed() > 0 || report.bookingsExpired() > 0) {
                LOG.info("chats: {} closed, {} bookings expired", report.chatsClosed(), report.bookingsExpired());
            }
        };
    }

    private static Runnable reconcile(Wiring wired) {
        var reconcile = wired.paymentsCore().reconcilePayments();
        var each = new ReconcilePayments.Command(ReconcilePayments.Command.QUIET_FOR, wired.settings().payWithin(),
                500);
        return () -> {
            var report = reconcile.reconcile(each);
            if (report.confirmed() + report.cancelled() + report.paidTooLate() + report.unreachable() > 0) {
                LOG.info("payments: {} confirmed, {} unpaid bookings cancelled, {} paid too late, {} unreachable",
                        report.confirmed(), report.cancelled(), report.paidTooLate(), report.unreachable());
            }
        };
    }

    private ServerSocketChannel listen(String host, int port) {
        try {
            var channel = ServerSocketChannel.open();
            try {
                channel.bind(new InetSocketAddress(host, port));
            } catch (IOException e) {
                channel.close();
                throw e;
            }
            return channel;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
