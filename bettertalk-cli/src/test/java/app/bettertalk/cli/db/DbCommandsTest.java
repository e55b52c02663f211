package app.bettertalk.cli.db;

import app.bettertalk.cli.BetterTalk;
import app.bettertalk.cli.ExitCodes;
import app.bettertalk.mysql.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DbCommandsTest {
    @TempDir
    Path home;

    /** Every V<n>__*.sql the adapter ships, so these tests need no edit when a migration is added. */
    private static final long MIGRATIONS = countMigrations();

    /** Every leaf command, as typed after {@code bettertalk}. */
    private static final List<String> COMMANDS = List.of("serve", "db migrate", "db status", "mentor list",
            "mentor verify", "mentor unverify", "users list", "users show", "users grant-admin", "users revoke-admin",
            "groups list", "groups create", "groups seed", "chats sweep-expired", "emails sweep", "emails list",
            "emails retry", "demo seed");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Map<String, String> env = new HashMap<>();

    private int bettertalk(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return BetterTalk.run(args, env, home, Clock.systemUTC(), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void migrate_on_a_fresh_home_creates_the_embedded_database_and_a_second_run_has_nothing_to_do() {
        env.put("BETTERTALK_HOME", home.resolve("bt").toString());

        var first = bettertalk("db", "migrate");
        var firstOut = out.toString();
        var second = bettertalk("db", "migrate");

        assertThat(first).isEqualTo(ExitCodes.OK);
        assertThat(firstOut).startsWith("Applied " + MIGRATIONS + " migrations to jdbc:h2:file:" + home.resolve("bt"));
        assertThat(Files.exists(home.resolve("bt").resolve("bettertalk.mv.db"))).isTrue();
        assertThat(second).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("Nothing to migrate");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void migrate_on_the_mariadb_server_applies_once_and_status_shows_nothing_pending() {
        var schema = Target.freshSchemaName();
        var settings = Target.SERVER.newSchema(schema);
        try {
            env.put("BETTERTALK_DB_URL", settings.url());
            env.put("BETTERTALK_DB_USER", settings.user());
            env.put("BETTERTALK_DB_PASSWORD", settings.password());

            var first = bettertalk("db", "migrate");
            var firstOut = out.toString();
            var second = bettertalk("db", "migrate");
            var secondOut = out.toString();
            var status = bettertalk("db", "status", "--json");

            assertThat(first).isEqualTo(ExitCodes.OK);
            assertThat(firstOut).startsWith("Applied " + MIGRATIONS + " migrations");
            assertThat(second).isEqualTo(ExitCodes.OK);
            assertThat(secondOut).startsWith("Nothing to migrate");
            assertThat(status).isEqualTo(ExitCodes.OK);
            assertThat(out.toString()).contains("\"applied\":" + MIGRATIONS + ",\"pending\":0");
        } finally {
            Target.SERVER.dropSchema(schema);
        }
    }

    @Test
    void status_before_migrating_lists_every_migration_as_pending() {
        env.put("BETTERTALK_HOME", home.toString());

        var code = bettertalk("db", "status");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("1        Pending").contains("0 applied, " + MIGRATIONS + " pending.");
    }

    @Test
    void a_flag_beats_the_environment_which_beats_the_config_file() throws Exception {
        var config = home.resolve("config.properties");
        Files.writeString(config, "db.url=jdbc:h2:mem:from_file;MODE=MySQL\n");
        env.put("BETTERTALK_DB_URL", "jdbc:h2:mem:from_env;MODE=MySQL");

        bettertalk("--config", config.toString(), "db", "status");
        var withEnv = out.toString();
        bettertalk("--config", config.toString(), "--db-url", "jdbc:h2:mem:from_flag;MODE=MySQL", "db", "status");
        var withFlag = out.toString();
        env.remove("BETTERTALK_DB_URL");
        bettertalk("--config", config.toString(), "db", "status");
        var withFile = out.toString();

        assertThat(withEnv).startsWith("Database: jdbc:h2:mem:from_env");
        assertThat(withFlag).startsWith("Database: jdbc:h2:mem:from_flag");
        assertThat(withFile).startsWith("Database: jdbc:h2:mem:from_file");
    }

    @Test
    void an_unreachable_database_is_one_line_naming_the_url_without_its_password() {
        env.put("BETTERTALK_DB_URL", "jdbc:mariadb://127.0.0.1:1/bettertalk?password=hunter2");

        var code = bettertalk("db", "migrate");

        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("bettertalk: cannot reach the database at jdbc:mariadb://127.0.0.1:1/")
                .doesNotContain("hunter2");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void a_url_of_an_unsupported_database_is_refused_in_one_line() {
        var code = bettertalk("--db-url", "jdbc:postgresql://localhost/x", "db", "migrate");

        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).isEqualTo("bettertalk: unsupported database URL: it must start with jdbc:mysql:, "
                + "jdbc:mariadb: or jdbc:h2:" + System.lineSeparator());
    }

    @Test
    void a_missing_config_file_given_by_flag_is_a_failure() {
        var code = bettertalk("--config", home.resolve("nope.properties").toString(), "db", "status");

        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString()).startsWith("bettertalk: config file not found:");
    }

    @Test
    void an_unknown_command_is_a_usage_error_in_one_line() {
        var code = bettertalk("db", "frobnicate");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().lines()).containsExactly(
                "bettertalk: Unmatched argument at index 1: 'frobnicate' (see 'bettertalk db --help')");
    }

    @Test
    void a_parent_without_a_command_is_a_usage_error() {
        assertThat(bettertalk("db")).isEqualTo(ExitCodes.USAGE);
        assertThat(bettertalk()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void help_and_version_answer_without_touching_a_database() {
        env.put("BETTERTALK_DB_URL", "jdbc:mariadb://127.0.0.1:1/unreachable");

        var help = bettertalk("db", "migrate", "--help");
        var helpOut = out.toString();
        var version = bettertalk("--version");

        assertThat(help).isEqualTo(ExitCodes.OK);
        assertThat(helpOut).contains("Usage: bettertalk db migrate");
        assertThat(version).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("bettertalk 0.1.0-SNAPSHOT");
    }

    @Test
    void every_command_answers_help_without_touching_a_database() {
        env.put("BETTERTALK_DB_URL", "jdbc:mariadb://127.0.0.1:1/unreachable");

        for (var command : COMMANDS) {
            var code = bettertalk((command + " --help").split(" "));

            assertThat(code).as(command).isEqualTo(ExitCodes.OK);
            assertThat(out.toString()).as(command).contains("Usage: bettertalk " + command + " ");
            assertThat(err.toString()).as(command).isEmpty();
        }
    }

    @Test
    void usage_errors_a_command_finds_itself_are_said_before_a_database_is_opened() {
        env.put("BETTERTALK_DB_URL", "jdbc:mariadb://127.0.0.1:1/unreachable");

        for (var command : List.of("emails list --status lost", "emails sweep --batch 0",
                "emails sweep --max-seconds 0", "serve --port 70000", "serve --email-interval 0")) {
            var code = bettertalk(command.split(" "));

            assertThat(code).as(command).isEqualTo(ExitCodes.USAGE);
            assertThat(err.toString()).as(command).doesNotContain("database");
        }
    }

    @Test
    void an_operator_command_on_a_fresh_home_creates_the_embedded_database_first() {
        env.put("BETTERTALK_HOME", home.resolve("fresh").toString());

        var code = bettertalk("groups", "list");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("0 groups.");
    }

    @Test
    void an_operator_command_refuses_a_server_schema_that_is_behind_and_says_what_to_run() {
        var schema = Target.freshSchemaName();
        var settings = Target.SERVER.newSchema(schema);
        try {
            env.put("BETTERTALK_DB_URL", settings.url());
            env.put("BETTERTALK_DB_USER", settings.user());
            env.put("BETTERTALK_DB_PASSWORD", settings.password());

            var code = bettertalk("groups", "list");

            assertThat(code).isEqualTo(ExitCodes.FAILURE);
            assertThat(err.toString()).contains(MIGRATIONS + " pending migrations; run bettertalk db migrate first");
        } finally {
            Target.SERVER.dropSchema(schema);
        }
    }

    /**
     * The SQL files, and the migrations in Java (18.1 gives existing usernames their skeletons, 20.1 seals text
     * stored before encryption at rest): the adapter's classes that implement {@code JavaMigration}.
     */
    private static long countMigrations() {
        var adapter = Path.of("../bettertalk-adapters-mysql/src/main");
        try (var files = Files.list(adapter.resolve("resources/db/migration"));
             var sources = Files.walk(adapter.resolve("java"))) {
            var inJava = sources.filter(file -> file.toString().endsWith(".java")).filter(file -> {
                try {
                    return Files.readString(file).contains("implements JavaMigration");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
            return files.filter(file -> file.getFileName().toString().matches("V\\d+__.+\\.sql")).count() + inJava;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
