package app.bettertalk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A misspelled setting stops the program with one line naming it and the closest valid name, instead of being
 * ignored (a misspelled database URL used to open a new, empty embedded database, and a sweep on it succeeded).
 */
class UnknownSettingsTest {
    @TempDir
    Path home;

    private record Run(int code, String out, String err) {
    }

    private Run bettertalk(Map<String, String> env, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var code = BetterTalk.run(args, env, home, Clock.systemUTC(), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void a_misspelled_key_in_the_config_file_stops_the_command_naming_it_and_the_closest_key() throws Exception {
        Files.writeString(home.resolve("config.properties"), "db.ur=jdbc:mariadb://127.0.0.1:3306/bettertalk\n");

        var run = bettertalk(Map.of("BETTERTALK_HOME", home.toString()), "sessions", "sweep");

        assertThat(run.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).isEqualTo("bettertalk: unknown setting db.ur in " + home.resolve("config.properties")
                + " (did you mean db.url?)\n");
        assertThat(home.resolve("bettertalk.mv.db")).doesNotExist();
    }

    @Test
    void a_misspelled_environment_variable_stops_the_command_and_known_ones_do_not() {
        var env = new HashMap<String, String>();
        env.put("BETTERTALK_HOME", home.toString());
        env.put("BETTERTALK_DB_ULR", "jdbc:mariadb://127.0.0.1:3306/bettertalk");
        env.put("BETTERTALK_QUIET_PERIODE", "2h");

        var refused = bettertalk(env, "sessions", "sweep");
        env.remove("BETTERTALK_DB_ULR");
        env.remove("BETTERTALK_QUIET_PERIODE");
        env.put("BETTERTALK_GOOGLE_CLIENT_ID", "client");
        env.put("BETTERTALK_QUIET_PERIOD", "2h");
        var accepted = bettertalk(env, "sessions", "sweep");

        assertThat(refused.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(refused.err()).isEqualTo("bettertalk: unknown settings BETTERTALK_DB_ULR (did you mean "
                + "BETTERTALK_DB_URL?); BETTERTALK_QUIET_PERIODE (did you mean BETTERTALK_QUIET_PERIOD?)\n");
        assertThat(accepted.code()).as(accepted.err()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void a_config_file_others_can_read_is_warned_about_and_one_only_its_owner_reads_is_not() throws Exception {
        var config = home.resolve("config.properties");
        Files.writeString(config, "quiet.period=2h\n");
        Files.setPosixFilePermissions(config, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        var env = Map.of("BETTERTALK_HOME", home.toString());

        var warned = bettertalk(env, "sessions", "sweep");
        Files.setPosixFilePermissions(config, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        var quiet = bettertalk(env, "sessions", "sweep");

        assertThat(warned.code()).isEqualTo(ExitCodes.OK);
        assertThat(warned.err()).isEqualTo("bettertalk: warning: " + config + " can be read by other users; it may "
                + "hold passwords and keys: chmod 600 " + config + "\n");
        assertThat(quiet.code()).isEqualTo(ExitCodes.OK);
        assertThat(quiet.err()).isEmpty();
    }
}
