package app.bettertalk.cli;

import app.bettertalk.core.BetterTalkCore;
import app.bettertalk.core.limits.LimitedAction;
import app.bettertalk.core.limits.Rate;
import app.bettertalk.core.limits.RateLimits;
import app.bettertalk.core.safety.CrisisPhrases;
import app.bettertalk.core.safety.CrisisScreen;
import app.bettertalk.mysql.DatabaseSettings;
import app.bettertalk.web.help.Helpline;
import app.bettertalk.web.razorpay.RazorpaySettings;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * BetterTalk's configuration, each value taken from the first place that has it: a command-line flag, then the
 * environment ({@code BETTERTALK_DB_URL}, ...), then the config file ({@code --config}, by default
 * {@code $BETTERTALK_HOME/config.properties}), then the default. With no database configured, BetterTalk keeps an
 * H2 file database in {@code BETTERTALK_HOME} (by default {@code ~/.bettertalk}), created on first use; with no
 * SMTP server configured, emails go to {@code BETTERTALK_HOME/mail/}. With a Redis configured, the nodes that share
 * it count rate limits together. What people write is sealed under data keys that the master keys in
 * {@code BETTERTALK_KEYS_FILE} (by default {@code $BETTERTALK_HOME/master.keys}) wrap, or those given whole in
 * {@code BETTERTALK_MASTER_KEYS} (a secret store's way).
 */
public record Settings(Path home, DatabaseSettings database, Mail mail, Duration quietPeriod,
                       Optional<RazorpaySettings> razorpay, Duration payWithin, List<Helpline> helplines,
                       RateLimits rateLimits, Set<String> trustedProxies, CrisisScreen crisisScreen,
                       Optional<SharedRedis> redis, Path keysFile, Optional<String> masterKeys,
                       List<String> warnings) {

    /** One setting: its key in the config file, its environment variable and its default. */
    public enum Key {
        HOME("home", "BETTERTALK_HOME"),
        DB_URL("db.url", "BETTERTALK_DB_URL"),
        DB_USER("db.user", "BETTERTALK_DB_USER"),
        DB_PASSWORD("db.password", "BETTERTALK_DB_PASSWORD"),
        BASE_URL("base.url", "BETTERTALK_BASE_URL"),
        SMTP_HOST("smtp.host", "BETTERTALK_SMTP_HOST"),
        SMTP_PORT("smtp.port", "BETTERTALK_SMTP_PORT"),
        SMTP_USERNAME("smtp.username", "BETTERTALK_SMTP_USERNAME"),
        SMTP_PASSWORD("smtp.password", "BETTERTALK_SMTP_PASSWORD"),
        SMTP_SECURITY("smtp.security", "BETTERTALK_SMTP_SECURITY"),
        MAIL_FROM("mail.from", "BETTERTALK_MAIL_FROM"),
        SECRET("secret", "BETTERTALK_SECRET"),
        QUIET_PERIOD("quiet.period", "BETTERTALK_QUIET_PERIOD"),
        RAZORPAY_KEY_ID("razorpay.key_id", "BETTERTALK_RAZORPAY_KEY_ID"),
        RAZORPAY_KEY_SECRET("razorpay.key_secret", "BETTERTALK_RAZORPAY_KEY_SECRET"),
        RAZORPAY_WEBHOOK_SECRET("razorpay.webhook_secret", "BETTERTALK_RAZORPAY_WEBHOOK_SECRET"),
        RAZORPAY_API_URL("razorpay.api_url", "BETTERTALK_RAZORPAY_API_URL"),
        RAZORPAY_CHECKOUT_URL("razorpay.checkout_url", "BETTERTALK_RAZORPAY_CHECKOUT_URL"),
        PAY_WITHIN("payments.pay_within", "BETTERTALK_PAY_WITHIN"),
        HELPLINES("help.helplines", "BETTERTALK_HELPLINES"),
        LIMITS_SIGN_IN("limits.sign_in", "BETTERTALK_LIMITS_SIGN_IN"),
        LIMITS_POST("limits.post", "BETTERTALK_LIMITS_POST"),
        LIMITS_COMMENT("limits.comment", "BETTERTALK_LIMITS_COMMENT"),
        LIMITS_MESSAGE("limits.message", "BETTERTALK_LIMITS_MESSAGE"),
        LIMITS_REPORT("limits.report", "BETTERTALK_LIMITS_REPORT"),
        LIMITS_BOOKING("limits.booking", "BETTERTALK_LIMITS_BOOKING"),
        LIMITS_NEW_ACCOUNT_FOR("limits.new_account_for", "BETTERTALK_LIMITS_NEW_ACCOUNT_FOR"),
        LIMITS_SOCKETS_PER_SESSION("limits.sockets_per_session", "BETTERTALK_LIMITS_SOCKETS_PER_SESSION"),
        TRUSTED_PROXIES("web.trusted_proxies", "BETTERTALK_TRUSTED_PROXIES"),
        CRISIS_PHRASES("safety.crisis_phrases", "BETTERTALK_CRISIS_PHRASES"),
        REDIS_URL("redis.url", "BETTERTALK_REDIS_URL"),
        REDIS_PREFIX("redis.prefix", "BETTERTALK_REDIS_PREFIX"),
        KEYS_FILE("keys.file", "BETTERTALK_KEYS_FILE"),
        MASTER_KEYS("keys.master", "BETTERTALK_MASTER_KEYS");

        private final String property;
        private final String environment;

        Key(String property, String environment) {
            this.property = property;
            this.environment = environment;
        }

        public String property() {
            return property;
        }

        public String environment() {
            return environment;
        }
    }

    /**
     * Resolves every setting.
     *
     * @param flags      values given on the command line, by key
     * @param env        the process environment
     * @param configFile the {@code --config} file, or null for the default one (which may be absent)
     */
    public static Settings resolve(Map<Key, String> flags, Map<String, String> env, Path configFile,
                                   Path userHome) {
        var homeText = first(flags.get(Key.HOME), env.get(Key.HOME.environment()));
        var home = homeText != null ? Path.of(homeText) : userHome.resolve(".bettertalk");
        var path = configFile != null ? configFile : home.resolve("config.properties");
        var file = load(path, configFile != null);
        refuseUnknown(path, file, env);
        var url = first(flags.get(Key.DB_URL), env.get(Key.DB_URL.environment()), file.getProperty(Key.DB_URL.property()));
        var user = first(flags.get(Key.DB_USER), env.get(Key.DB_USER.environment()),
                file.getProperty(Key.DB_USER.property()));
        var password = first(flags.get(Key.DB_PASSWORD), env.get(Key.DB_PASSWORD.environment()),
                file.getProperty(Key.DB_PASSWORD.property()));
        if (url == null) {
            url = embeddedUrl(home);
            user = user == null ? "sa" : user;
        }
        Function<Key, String> value = key -> first(flags.get(key), env.get(key.environment()),
                file.getProperty(key.property()));
        return new Settings(home, new DatabaseSettings(url, user, password), Mail.resolve(value),
                quietPeriod(value.apply(Key.QUIET_PERIOD)), razorpay(value), payWithin(value.apply(Key.PAY_WITHIN)),
                helplines(value.apply(Key.HELPLINES)), rateLimits(value),
                trustedProxies(value.apply(Key.TRUSTED_PROXIES)), crisisScreen(value.apply(Key.CRISIS_PHRASES)),
                redis(value.apply(Key.REDIS_URL), value.apply(Key.REDIS_PREFIX)),
                keysFile(value.apply(Key.KEYS_FILE), home),
                Optional.ofNullable(value.apply(Key.MASTER_KEYS)).filter(text -> !text.isBlank()),
                exposure(path));
    }

    /**
     * What to warn of before a command runs: a config file others may read, since it may hold the database password,
     * the server secret and the master keys.
     */
    private static List<String> exposure(Path file) {
        try {
            if (!Files.exists(file) || !java.nio.file.FileSystems.getDefault().supportedFileAttributeViews()
                    .contains("posix")) {
                return List.of();
            }
            var permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)
                    || permissions.contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ)) {
                return List.of(file + " can be read by other users; it may hold passwords and keys: chmod 600 "
                        + file);
            }
            return List.of();
        } catch (IOException e) {
            return List.of("cannot check who may read " + file + ": " + e.getMessage());
        }
    }

    /** The master key file: {@code BETTERTALK_KEYS_FILE}, else {@code master.keys} in the home. */
    private static Path keysFile(String text, Path home) {
        return blank(text) ? home.resolve("master.keys") : Path.of(text.strip());
    }

    /**
     * The Redis several nodes share, and the prefix of every key BetterTalk keeps there (so sites sharing one Redis
     * stay apart). The URL may carry a password, so it is never printed.
     */
    public record SharedRedis(String url, String prefix) {
        public static final String DEFAULT_PREFIX = "bettertalk:";

        @Override
        public String toString() {
            return "SharedRedis[url hidden, prefix=" + prefix + "]";
        }
    }

    private static Optional<SharedRedis> redis(String url, String prefix) {
        if (blank(url)) {
            return Optional.empty();
        }
        var trimmed = url.strip();
        if (!trimmed.startsWith("redis://") && !trimmed.startsWith("rediss://")) {
            throw new IllegalArgumentException("BETTERTALK_REDIS_URL must start with redis:// or rediss://");
        }
        var keyPrefix = blank(prefix) ? SharedRedis.DEFAULT_PREFIX : prefix.strip();
        if (keyPrefix.length() > 100 || keyPrefix.chars().anyMatch(c -> c <= ' ' || c > '~')) {
            throw new IllegalArgumentException("BETTERTALK_REDIS_PREFIX must be up to 100 printable ASCII characters "
                    + "without spaces");
        }
        return Optional.of(new SharedRedis(trimmed, keyPrefix));
    }

    /**
     * The crisis screen: the phrases shipped with BetterTalk, or an operator's own file (the same format; see the
     * bundled {@code crisis-phrases.txt}). A file that cannot be read stops the program, naming the line.
     */
    private static CrisisScreen crisisScreen(String path) {
        if (blank(path)) {
            return BetterTalkCore.Rules.DEFAULT.crisisScreen();
        }
        try {
            return new CrisisScreen(CrisisPhrases.parse(Files.readString(Path.of(path.strip()))));
        } catch (IOException e) {
            throw new IllegalArgumentException("BETTERTALK_CRISIS_PHRASES: cannot read " + path.strip());
        } catch (IllegalArgumentException wrong) {
            throw new IllegalArgumentException("BETTERTALK_CRISIS_PHRASES: " + wrong.getMessage());
        }
    }

    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9.]{7,15}|[0-9a-fA-F:]{2,39}");

    /**
     * The addresses of the proxies in front of {@code serve} (comma-separated IPs, as the server sees them connect),
     * whose {@code X-Forwarded-For} names the client; none by default, so a client cannot choose its own address.
     */
    private static Set<String> trustedProxies(String text) {
        if (blank(text)) {
            return Set.of();
        }
        var proxies = new LinkedHashSet<String>();
        for (var entry : text.split(",")) {
            var address = entry.strip();
            if (!IP_ADDRESS.matcher(address).matches()) {
                throw new IllegalArgumentException("BETTERTALK_TRUSTED_PROXIES is IP addresses separated by commas, "
                        + "such as 127.0.0.1,10.0.0.5; not " + address);
            }
            proxies.add(address);
        }
        return Set.copyOf(proxies);
    }

    /**
     * The rate limits: each action's {@code account, new account, address} rates as {@code 6/10m,2/10m,30/10m}
     * (unset: {@link RateLimits#DEFAULT}), how long an account counts as new, and sockets per session.
     */
    private static RateLimits rateLimits(Function<Key, String> value) {
        var limits = RateLimits.DEFAULT;
        for (var action : LimitedAction.values()) {
            var key = Key.valueOf("LIMITS_" + action.name());
            var text = value.apply(key);
            if (blank(text)) {
                continue;
            }
            var rates = text.split(",", -1);
            if (rates.length != 3) {
                throw new IllegalArgumentException(key.environment() + " is three rates, for an account, a new "
                        + "account and an address, such as 6/10m,2/10m,30/10m; not " + text.strip());
            }
            try {
                limits = limits.with(action, new RateLimits.ActionLimits(Rate.parse(rates[0]), Rate.parse(rates[1]),
                        Rate.parse(rates[2])));
            } catch (IllegalArgumentException wrong) {
                throw new IllegalArgumentException(key.environment() + ": " + wrong.getMessage());
            }
        }
        var newFor = value.apply(Key.LIMITS_NEW_ACCOUNT_FOR);
        var sockets = value.apply(Key.LIMITS_SOCKETS_PER_SESSION);
        if (blank(newFor) && blank(sockets)) {
            return limits;
        }
        return new RateLimits(limits.actions(), blank(newFor) ? limits.newAccountFor() : newAccountFor(newFor),
                blank(sockets) ? limits.socketsPerSession() : socketsPerSession(sockets));
    }

    private static int socketsPerSession(String text) {
        try {
            var sockets = Integer.parseInt(text.strip());
            if (sockets >= 1 && sockets <= 100) {
                return sockets;
            }
        } catch (NumberFormatException notANumber) {
            // Said below, in the same words as a number out of range.
        }
        throw new IllegalArgumentException("BETTERTALK_LIMITS_SOCKETS_PER_SESSION must be a number from 1 to 100, "
                + "not " + text.strip());
    }

    private static Duration newAccountFor(String text) {
        Duration length;
        try {
            length = duration(text.strip());
        } catch (IllegalArgumentException unreadable) {
            length = Duration.ofSeconds(-1);
        }
        if (length.isNegative() || length.compareTo(Duration.ofDays(30)) > 0) {
            throw new IllegalArgumentException("BETTERTALK_LIMITS_NEW_ACCOUNT_FOR must be a length from 0s to 30d, "
                    + "such as 24h, not " + text.strip());
        }
        return length;
    }

    /** The lines "Get help now" lists: India's unless the setting names others ({@link Helpline#listed}). */
    private static List<Helpline> helplines(String text) {
        if (text == null || text.isBlank()) {
            return Helpline.INDIA;
        }
        try {
            return Helpline.listed(text);
        } catch (IllegalArgumentException wrong) {
            throw new IllegalArgumentException("BETTERTALK_HELPLINES: " + wrong.getMessage());
        }
    }

    /** How long a booking may wait for its payment before the payment sweep cancels it. */
    public static final Duration DEFAULT_PAY_WITHIN = Duration.ofMinutes(30);

    private static Duration payWithin(String text) {
        if (text == null) {
            return DEFAULT_PAY_WITHIN;
        }
        var length = duration(text.strip());
        if (length.compareTo(Duration.ofMinutes(5)) < 0 || length.compareTo(Duration.ofDays(2)) > 0) {
            throw new IllegalArgumentException("BETTERTALK_PAY_WITHIN must be 5m to 2d, not " + text.strip());
        }
        return length;
    }

    /**
     * The Razorpay account, when its key id, key secret and webhook secret are all set; some but not all of them
     * is a mistake that would take money with no way to hear of it, so it stops the program.
     */
    private static Optional<RazorpaySettings> razorpay(Function<Key, String> value) {
        var keys = List.of(Key.RAZORPAY_KEY_ID, Key.RAZORPAY_KEY_SECRET, Key.RAZORPAY_WEBHOOK_SECRET);
        var missing = keys.stream().filter(key -> blank(value.apply(key))).map(Key::environment).toList();
        if (missing.size() == keys.size()) {
            return Optional.empty();
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Razorpay needs its key id, key secret and webhook secret together; "
                    + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " not set");
        }
        return Optional.of(new RazorpaySettings(value.apply(Key.RAZORPAY_KEY_ID).strip(),
                value.apply(Key.RAZORPAY_KEY_SECRET).strip(), value.apply(Key.RAZORPAY_WEBHOOK_SECRET).strip(),
                url(value.apply(Key.RAZORPAY_API_URL), RazorpaySettings.API, Key.RAZORPAY_API_URL),
                url(value.apply(Key.RAZORPAY_CHECKOUT_URL), RazorpaySettings.CHECKOUT, Key.RAZORPAY_CHECKOUT_URL)));
    }

    private static URI url(String text, URI otherwise, Key key) {
        if (blank(text)) {
            return otherwise;
        }
        try {
            var url = new URI(text.strip());
            if (url.getHost() == null || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
                throw new URISyntaxException(text, "not an http or https URL with a host");
            }
            return url;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(key.environment() + " must be an http(s) URL, not " + text.strip());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** The default quiet period before a "new message" email, as the specification gives it. */
    public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofHours(12);

    /**
     * A length of time as an operator writes it: {@code 90m}, {@code 12h}, {@code 2d}, {@code 45s}, or ISO-8601
     * ({@code PT12H}); at least a minute, since a shorter quiet period would email every message.
     */
    public static Duration quietPeriod(String text) {
        if (text == null) {
            return DEFAULT_QUIET_PERIOD;
        }
        var length = duration(text.strip());
        if (length.compareTo(Duration.ofMinutes(1)) < 0 || length.compareTo(Duration.ofDays(30)) > 0) {
            throw new IllegalArgumentException("the quiet period must be 1m to 30d, not " + text.strip());
        }
        return length;
    }

    private static Duration duration(String text) {
        var simple = Pattern.compile("(\\d{1,6})([smhd])").matcher(text.toLowerCase(Locale.ROOT));
        if (simple.matches()) {
            var amount = Long.parseLong(simple.group(1));
            return switch (simple.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the quiet period must look like 90m, 12h, 2d or PT12H, not " + text);
        }
    }

    /**
     * How email goes out and what its links point at. With no SMTP host, emails are written as {@code .eml} files to
     * {@code $BETTERTALK_HOME/mail/}. With no secret, one is generated once into {@code $BETTERTALK_HOME/secret}.
     *
     * @param siteUrl      the public URL of the site, for links in emails; empty when not configured
     * @param smtpSecurity {@code none}, {@code starttls} (the default) or {@code ssl}
     * @param smtpPort     the configured port, or the usual one for the security: 25, 587 or 465
     * @param secret       the server secret that signs unsubscribe links; empty when not configured
     */
    public record Mail(String siteUrl, String smtpHost, int smtpPort, String smtpSecurity, String smtpUsername,
                       String smtpPassword, String from, String secret) {
        static Mail resolve(Function<Key, String> value) {
            var security = or(value.apply(Key.SMTP_SECURITY), "starttls").toLowerCase(Locale.ROOT);
            var usualPort = switch (security) {
                case "none" -> 25;
                case "starttls" -> 587;
                case "ssl" -> 465;
                default -> throw new IllegalArgumentException(
                        "BETTERTALK_SMTP_SECURITY must be none, starttls or ssl, not " + security);
            };
            var port = value.apply(Key.SMTP_PORT);
            return new Mail(or(value.apply(Key.BASE_URL), ""), or(value.apply(Key.SMTP_HOST), ""),
                    port == null ? usualPort : port(port), security, or(value.apply(Key.SMTP_USERNAME), ""),
                    or(value.apply(Key.SMTP_PASSWORD), ""), or(value.apply(Key.MAIL_FROM), ""),
                    or(value.apply(Key.SECRET), ""));
        }

        public boolean usesSmtp() {
            return !smtpHost.isEmpty();
        }

        private static int port(String text) {
            try {
                return Integer.parseInt(text.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("BETTERTALK_SMTP_PORT must be a number, not " + text);
            }
        }

        private static String or(String value, String otherwise) {
            return value == null ? otherwise : value.strip();
        }

        @Override
        public String toString() {
            return "Mail[" + (usesSmtp() ? smtpHost + ":" + smtpPort + " " + smtpSecurity : "mailbox folder") + "]";
        }
    }

    /**
     * The embedded default: an H2 file in MySQL mode under {@code home}, so the same migrations run on it. With
     * {@code AUTO_SERVER} the first process to open the file serves it to the others over a loopback socket (see
     * {@link BetterTalk#main}), so a cron job's {@code emails sweep} runs while {@code serve} holds the file.
     */
    public static String embeddedUrl(Path home) {
        return "jdbc:h2:file:" + home.toAbsolutePath().resolve("bettertalk")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;AUTO_SERVER=TRUE";
    }

    public boolean usesEmbeddedDatabase() {
        return database.url().startsWith("jdbc:h2:file:");
    }

    private static Properties load(Path file, boolean required) {
        var properties = new Properties();
        if (!Files.exists(file)) {
            if (required) {
                throw new IllegalArgumentException("config file not found: " + file);
            }
            return properties;
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        return properties;
    }

    /** Environment variables BetterTalk reads that are not settings of this record: {@code serve}'s and the tests'. */
    private static final Set<String> OTHER_ENVIRONMENT = Set.of("BETTERTALK_GOOGLE_CLIENT_ID",
            "BETTERTALK_GOOGLE_CLIENT_SECRET", "BETTERTALK_TEST_DB_URL", "BETTERTALK_TEST_DB_USER",
            "BETTERTALK_TEST_DB_PASSWORD");

    /**
     * A misspelled setting would silently be ignored (and a misspelled database URL open an empty embedded database),
     * so an unknown key in the config file or an unknown {@code BETTERTALK_} variable stops the program, naming it
     * and the closest valid name.
     */
    private static void refuseUnknown(Path path, Properties file, Map<String, String> env) {
        var properties = java.util.Arrays.stream(Key.values()).map(Key::property).toList();
        var variables = new java.util.ArrayList<>(java.util.Arrays.stream(Key.values()).map(Key::environment)
                .toList());
        variables.addAll(OTHER_ENVIRONMENT);
        var unknown = new java.util.ArrayList<String>();
        file.stringPropertyNames().stream().sorted().filter(key -> !properties.contains(key))
                .forEach(key -> unknown.add(key + " in " + path + closest(key, properties)));
        env.keySet().stream().sorted().filter(name -> name.startsWith("BETTERTALK_") && !variables.contains(name))
                .forEach(name -> unknown.add(name + closest(name, variables)));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown setting" + (unknown.size() == 1 ? " " : "s ")
                    + String.join("; ", unknown));
        }
    }

    private static String closest(String typed, List<String> valid) {
        var distance = LevenshteinDistance.getDefaultInstance();
        return valid.stream().min(java.util.Comparator.comparingInt(name -> distance.apply(typed, name)))
                .map(name -> " (did you mean " + name + "?)").orElse("");
    }

    private static String first(String... values) {
        for (var value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
