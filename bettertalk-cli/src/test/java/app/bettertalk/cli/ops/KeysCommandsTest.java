package app.bettertalk.cli.ops;

import app.bettertalk.cli.BetterTalk;
import app.bettertalk.cli.ExitCodes;
import app.bettertalk.core.ContractRows;
import app.bettertalk.core.chat.Message;
import app.bettertalk.core.chat.MessageId;
import app.bettertalk.mysql.Database;
import app.bettertalk.mysql.DatabaseSettings;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import app.bettertalk.mysql.atrest.MasterKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bettertalk keys} over a schema of its own on the test server: the key file made on first run, a rotation
 * that re-wraps without touching what is sealed, retiring the old key, and the one line that stops every command
 * when the key file is missing or wrong.
 */
class KeysCommandsTest {
    private static final String TEXT = "I have not told anyone else this";

    @TempDir
    Path home;

    private final Map<String, String> env = new HashMap<>();
    private String schema;
    private DatabaseSettings settings;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void ownSchema() {
        schema = Target.freshSchemaName();
        settings = Target.SERVER.newSchema(schema);
        env.put("BETTERTALK_DB_URL", settings.url());
        env.put("BETTERTALK_DB_USER", settings.user());
        env.put("BETTERTALK_DB_PASSWORD", settings.password());
        env.put("BETTERTALK_HOME", home.toString());
    }

    @AfterEach
    void dropSchema() {
        Target.SERVER.dropSchema(schema);
    }

    @Test
    void the_first_run_makes_an_owner_only_key_file_and_a_rotation_re_wraps_without_touching_the_text()
            throws Exception {
        assertThat(bettertalk("db", "migrate").code()).isEqualTo(ExitCodes.OK);
        var first = bettertalk("keys", "status", "--json");
        var keyFile = home.resolve("master.keys");
        var original = read(keyFile);
        var message = sealedMessage(original);
        var sealedBefore = storedText(original, message);

        var before = bettertalk("keys", "status");
        var rotation = bettertalk("keys", "rotate");
        var rotated = read(keyFile);
        var after = bettertalk("keys", "status", "--json");

        assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.out()).contains("\"dataKeys\":0").contains("\"current\":true");
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(before.out()).contains(original.current().id() + "  1          current: wraps new data keys");
        assertThat(rotation.code()).as(rotation.err()).isEqualTo(ExitCodes.OK);
        assertThat(rotation.out()).startsWith("Master key " + rotated.current().id()
                + " now wraps new data keys; re-wrapped 1 data key with it.");
        assertThat(rotated.all()).hasSize(2);
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(after.out()).contains("{\"id\":\"" + rotated.current().id() + "\",\"current\":true,\"dataKeys\":1}")
                .contains("{\"id\":\"" + original.current().id() + "\",\"current\":false,\"dataKeys\":0}");
        assertThat(storedText(rotated, message)).isEqualTo(sealedBefore);

        var retireCurrent = bettertalk("keys", "retire", rotated.current().id());
        var retireUnknown = bettertalk("keys", "retire", "mk-nonesuch");
        var retireOld = bettertalk("keys", "retire", original.current().id());

        assertThat(retireCurrent.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(retireCurrent.err()).isEqualTo("bettertalk: master key " + rotated.current().id()
                + " is the current one: rotate first\n");
        assertThat(retireUnknown.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(retireOld.code()).as(retireOld.err()).isEqualTo(ExitCodes.OK);
        var remaining = read(keyFile);
        assertThat(remaining.all()).extracting(MasterKeys.MasterKey::id).containsExactly(rotated.current().id());
        assertThat(readBack(remaining, message)).isEqualTo(TEXT);
        assertThat(rotation.out() + before.out() + after.out())
                .doesNotContain(java.util.Base64.getEncoder().encodeToString(remaining.current().key().getEncoded()));
    }

    @Test
    void a_missing_or_wrong_key_file_stops_every_command_with_one_line() throws Exception {
        assertThat(bettertalk("db", "migrate").code()).isEqualTo(ExitCodes.OK);
        assertThat(bettertalk("keys", "status").code()).isEqualTo(ExitCodes.OK);
        var keyFile = home.resolve("master.keys");
        var keys = read(keyFile);
        sealedMessage(keys);
        Files.move(keyFile, home.resolve("elsewhere.keys"));

        var missing = bettertalk("users", "list");
        Files.writeString(keyFile, MasterKeys.generate(Instant.parse("2026-12-07T10:00:00Z")).format());
        var wrong = bettertalk("sessions", "sweep");
        env.put("BETTERTALK_KEYS_FILE", home.resolve("elsewhere.keys").toString());
        var restored = bettertalk("users", "list");

        assertThat(missing.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(missing.err()).isEqualTo("bettertalk: no master key file at " + keyFile + ", but the database "
                + "holds 1 data key sealed under one: restore it from a backup, or set BETTERTALK_KEYS_FILE to where "
                + "it is\n");
        assertThat(wrong.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(wrong.err()).isEqualTo("bettertalk: " + keyFile + ": the database holds data keys wrapped by "
                + "master key " + keys.current().id() + ", which is not among the master keys given\n");
        assertThat(restored.code()).as(restored.err()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void master_keys_given_in_the_environment_seal_and_open_but_a_rotation_needs_a_key_file() throws Exception {
        var keys = MasterKeys.generate(Instant.parse("2026-12-07T09:00:00Z"));
        var line = keys.format().lines().filter(each -> !each.startsWith("#")).findFirst().orElseThrow();
        env.put("BETTERTALK_MASTER_KEYS", line);
        assertThat(bettertalk("db", "migrate").code()).isEqualTo(ExitCodes.OK);
        sealedMessage(keys);

        var status = bettertalk("keys", "status");
        var rotation = bettertalk("keys", "rotate");

        assertThat(status.code()).as(status.err()).isEqualTo(ExitCodes.OK);
        assertThat(status.out()).startsWith("Master keys in BETTERTALK_MASTER_KEYS, newest first:")
                .contains(keys.current().id() + "  1");
        assertThat(rotation.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(rotation.err()).isEqualTo("bettertalk: the master keys come from BETTERTALK_MASTER_KEYS, which "
                + "BetterTalk cannot change: rotate with a key file (BETTERTALK_KEYS_FILE) instead\n");
        assertThat(home.resolve("master.keys")).doesNotExist();
        assertThat(status.out() + rotation.out() + rotation.err()).doesNotContain(line.substring(line.indexOf(':') + 1));
    }

    private MessageId sealedMessage(MasterKeys keys) {
        try (var database = Database.open(settings, 2, TestDatabases.SKELETONS, () -> keys, Clock.systemUTC())) {
            var stores = TestDatabases.stores(database);
            var rows = new ContractRows(stores);
            var asha = rows.user("asha");
            var chat = rows.thread(asha, rows.mentor("ravi_k"));
            var message = new Message(MessageId.random(), chat.id(), asha.id(), "c1", TEXT, ContractRows.at(1));
            rows.write(() -> stores.chatMessages().addOnce(message));
            return message.id();
        }
    }

    private String storedText(MasterKeys keys, MessageId message) {
        try (var database = Database.open(settings, 2, TestDatabases.SKELETONS, () -> keys, Clock.systemUTC())) {
            return database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT message_text FROM chat_messages").mapTo(String.class).one());
        }
    }

    private String readBack(MasterKeys keys, MessageId message) {
        try (var database = Database.open(settings, 2, TestDatabases.SKELETONS, () -> keys, Clock.systemUTC())) {
            return TestDatabases.stores(database).chatMessages().byId(message).orElseThrow().text();
        }
    }

    private static MasterKeys read(Path file) throws Exception {
        return MasterKeys.parse(Files.readString(file), file.toString());
    }

    private Run bettertalk(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var code = BetterTalk.run(args, env, home, Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC),
                new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }
}
