package app.bettertalk.cli;

import app.bettertalk.mysql.DatabaseSettings;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * BetterTalk's configuration, each value taken from the first place that has it: a command-line flag, then the
 * environment ({@code BETTERTALK_DB_URL}, ...), then the config file ({@code --config}, by default
 * {@code $BETTERTALK_HOME/config.properties}), then the default. With no database configured, BetterTalk keeps an
 * H2 file database in {@code BETTERTALK_HOME} (by default {@code ~/.bettertalk}), created on first use.
 */
public record Settings(Path home, DatabaseSettings database) {

    /** One setting: its key in the config file, its environment variable and its default. */
    public enum Key {
        HOME("home", "BETTERTALK_HOME"),
        DB_URL("db.url", "BETTERTALK_DB_URL"),
        DB_USER("db.user", "BETTERTALK_DB_USER"),
        DB_PASSWORD("db.password", "BETTERTALK_DB_PASSWORD");

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
        var file = load(configFile != null ? configFile : home.resolve("config.properties"), configFile != null);
        var url = first(flags.get(Key.DB_URL), env.get(Key.DB_URL.environment()), file.getProperty(Key.DB_URL.property()));
        var user = first(flags.get(Key.DB_USER), env.get(Key.DB_USER.environment()),
                file.getProperty(Key.DB_USER.property()));
        var password = first(flags.get(Key.DB_PASSWORD), env.get(Key.DB_PASSWORD.environment()),
                file.getProperty(Key.DB_PASSWORD.property()));
        if (url == null) {
            url = embeddedUrl(home);
            user = user == null ? "sa" : user;
        }
        return new Settings(home, new DatabaseSettings(url, user, password));
    }

    /** The embedded default: an H2 file in MySQL mode under {@code home}, so the same migrations run on it. */
    public static String embeddedUrl(Path home) {
        return "jdbc:h2:file:" + home.toAbsolutePath().resolve("bettertalk")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
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

    private static String first(String... values) {
        for (var value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
