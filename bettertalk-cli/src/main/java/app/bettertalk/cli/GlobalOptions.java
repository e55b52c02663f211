package app.bettertalk.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** The options every command takes: where the configuration and the database are, and how much to say. */
public final class GlobalOptions {
    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "Config file (default: $BETTERTALK_HOME/config.properties).")
    Path config;

    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "BetterTalk's folder for the embedded database and mail (env BETTERTALK_HOME, "
                    + "default ~/.bettertalk).")
    String home;

    @Option(names = "--db-url", scope = ScopeType.INHERIT, paramLabel = "JDBC_URL",
            description = "jdbc:mysql:, jdbc:mariadb: or jdbc:h2: URL (env BETTERTALK_DB_URL, default: an H2 file "
                    + "in BETTERTALK_HOME).")
    String dbUrl;

    @Option(names = "--db-user", scope = ScopeType.INHERIT, paramLabel = "USER",
            description = "Database user (env BETTERTALK_DB_USER).")
    String dbUser;

    @Option(names = "--db-password", scope = ScopeType.INHERIT, paramLabel = "PASSWORD",
            description = "Database password (env BETTERTALK_DB_PASSWORD; prefer it or the config file).")
    String dbPassword;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "On failure, print the full stack trace too.")
    boolean verbose;

    Map<Settings.Key, String> flags() {
        var flags = new EnumMap<Settings.Key, String>(Settings.Key.class);
        put(flags, Settings.Key.HOME, home);
        put(flags, Settings.Key.DB_URL, dbUrl);
        put(flags, Settings.Key.DB_USER, dbUser);
        put(flags, Settings.Key.DB_PASSWORD, dbPassword);
        return flags;
    }

    private static void put(Map<Settings.Key, String> flags, Settings.Key key, String value) {
        if (value != null) {
            flags.put(key, value);
        }
    }
}
