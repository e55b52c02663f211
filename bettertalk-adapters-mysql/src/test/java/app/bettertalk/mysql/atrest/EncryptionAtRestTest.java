package app.bettertalk.mysql.atrest;

import app.bettertalk.core.ContractRows;
import app.bettertalk.core.Stores;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.Message;
import app.bettertalk.core.chat.MessageId;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.moderation.CaseId;
import app.bettertalk.core.moderation.Decision;
import app.bettertalk.core.moderation.ModerationCase;
import app.bettertalk.core.moderation.Outcome;
import app.bettertalk.core.moderation.Report;
import app.bettertalk.core.moderation.ReportReason;
import app.bettertalk.core.notes.SessionNotes;
import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.safetyplan.SafetyPlan;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.Database;
import app.bettertalk.mysql.DatabaseSettings;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import app.bettertalk.mysql.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static app.bettertalk.core.ContractRows.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What people wrote reaches the database only sealed: a dump of MariaDB and the bytes of an H2 file hold none of it,
 * a value moved to another row does not open, a missing or wrong master key stops before anything is read, and a
 * rotation re-wraps the data keys so the old master key can go.
 */
class EncryptionAtRestTest {
    private static final String MESSAGE = "my suicidal thoughts are back, phone me at 98765 40001";
    private static final String NOTES_FIRST = "Asha slept four hours; panic at work twice.";
    private static final String NOTES_NOW = "Asha slept five hours; one panic, breathing helped.";
    private static final String WARNING_SIGNS = "When I stop answering my sister's calls";
    private static final String PEOPLE = "Meera, +91 99887 76655";
    private static final String REPORTED = "You are worthless and should disappear";
    private static final String DETAILS = "This person keeps messaging me at night about my address";
    private static final String DECISION = "Second warning; the author was told why.";
    private static final List<String> SECRETS = List.of(MESSAGE, NOTES_FIRST, NOTES_NOW, WARNING_SIGNS, PEOPLE,
            REPORTED, DETAILS, DECISION, "98765 40001", "+91 99887 76655");

    private final List<Database> opened = new ArrayList<>();
    private final List<String> schemas = new ArrayList<>();

    @AfterEach
    void closeAndDrop() {
        opened.forEach(Database::close);
        schemas.forEach(Target.SERVER::dropSchema);
    }

    @Test
    void a_dump_of_the_database_server_holds_none_of_what_was_written() throws Exception {
        var schema = Target.freshSchemaName();
        var database = open(Target.SERVER.newSchema(schema), TestDatabases.MASTER_KEYS);
        schemas.add(schema);
        var seeded = seed(TestDatabases.stores(database));

        var dump = dump(schema);

        assertThat(dump).contains("INSERT INTO `chat_messages`").contains("bt1:");
        SECRETS.forEach(secret -> assertThat(dump).doesNotContain(secret));
        seeded.readsBack(TestDatabases.stores(database));
    }

    @Test
    void the_embedded_database_file_holds_none_of_what_was_written(@TempDir Path home) throws IOException {
        var settings = new DatabaseSettings("jdbc:h2:file:" + home.resolve("bettertalk")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE", "sa", "");
        var database = open(settings, TestDatabases.MASTER_KEYS);
        var seeded = seed(TestDatabases.stores(database));
        seeded.readsBack(TestDatabases.stores(database));
        database.close();
        opened.remove(database);

        var bytes = new StringBuilder();
        try (var files = Files.list(home)) {
            for (var file : files.toList()) {
                bytes.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }

        assertThat(bytes.length()).isGreaterThan(10_000);
        for (var secret : SECRETS) {
            assertThat(bytes.toString()).doesNotContain(new String(secret.getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.ISO_8859_1));
        }
        assertThat(bytes.toString()).contains("bt1:");
    }

    @Test
    void a_message_copied_into_another_row_does_not_open_there() {
        var database = TestDatabases.emptied(getClass(), Target.SERVER);
        var stores = TestDatabases.stores(database);
        var rows = new ContractRows(stores);
        var mira = rows.user("mira");
        var chat = rows.thread(mira, rows.mentor("dev_k"));
        var first = message(chat, mira, "c1", MESSAGE);
        var second = message(chat, mira, "c2", "Thank you, see you Tuesday");
        rows.write(() -> stores.chatMessages().addOnce(first));
        rows.write(() -> stores.chatMessages().addOnce(second));
        database.jdbi().useHandle(handle -> handle.execute("""
                UPDATE chat_messages SET message_text = (SELECT t FROM (SELECT message_text AS t FROM chat_messages
                    WHERE id = ?) moved) WHERE id = ?""", Columns.id(first.id().value()), Columns.id(second.id().value())));

        assertThat(stores.chatMessages().byId(first.id()).map(Message::text)).contains(MESSAGE);
        assertThatThrownBy(() -> stores.chatMessages().byId(second.id()))
                .isInstanceOf(SealedText.UnreadableValue.class)
                .hasMessageContaining("chat_messages.message_text/" + second.id().value())
                .hasMessageNotContaining(MESSAGE);
    }

    @Test
    void a_master_key_missing_or_wrong_stops_before_anything_is_read() {
        var schema = Target.freshSchemaName();
        var settings = Target.SERVER.newSchema(schema);
        schemas.add(schema);
        var keys = MasterKeys.generate(Instant.parse("2026-12-07T10:00:00Z"));
        seed(TestDatabases.stores(open(settings, keys)));
        var current = keys.current().id();
        var forged = MasterKeys.parse(current + ":" + java.util.Base64.getEncoder().encodeToString(new byte[32]),
                "forged");

        assertThatThrownBy(() -> open(settings, MasterKeys.generate(Instant.parse("2026-12-07T11:00:00Z"))).dataKeys())
                .isInstanceOf(MasterKeyMismatch.class)
                .hasMessage("the database holds data keys wrapped by master key " + current
                        + ", which is not among the master keys given");
        assertThatThrownBy(() -> open(settings, forged).dataKeys())
                .isInstanceOf(MasterKeyMismatch.class)
                .hasMessage("master key " + current + " does not open the database's data keys it should: a wrong "
                        + "key file?");
    }

    @Test
    void a_rotation_re_wraps_every_data_key_so_the_old_master_key_can_go() {
        var schema = Target.freshSchemaName();
        var settings = Target.SERVER.newSchema(schema);
        schemas.add(schema);
        var old = MasterKeys.generate(Instant.parse("2026-12-07T10:00:00Z"));
        var database = open(settings, old);
        var seeded = seed(TestDatabases.stores(database));
        var before = database.dataKeys().wrappings();
        var rotated = old.withNewKey(Instant.parse("2026-12-07T12:00:00Z"));

        var rewrapped = open(settings, rotated).dataKeys().rewrapAll();
        var sealedAfter = database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT message_text FROM chat_messages").mapTo(String.class).list());

        assertThat(before).containsExactly(new DataKeys.Wrapping(old.current().id(), 3));
        assertThat(rewrapped).isEqualTo(3);
        var onlyNew = rotated.without(old.current().id());
        var afterRotation = open(settings, onlyNew);
        assertThat(afterRotation.dataKeys().wrappings())
                .containsExactly(new DataKeys.Wrapping(rotated.current().id(), 3));
        seeded.readsBack(TestDatabases.stores(afterRotation));
        assertThat(sealedAfter).allMatch(text -> text.startsWith("bt1:"));
        assertThat(open(settings, rotated).dataKeys().rewrapAll()).isZero();
    }

    @Test
    void a_data_key_made_in_a_transaction_that_rolled_back_is_not_used_afterwards() {
        var schema = Target.freshSchemaName();
        var settings = Target.SERVER.newSchema(schema);
        schemas.add(schema);
        var database = open(settings, TestDatabases.MASTER_KEYS);
        var stores = TestDatabases.stores(database);
        var rows = new ContractRows(stores);
        var asha = rows.user("asha");
        var chat = rows.thread(asha, rows.mentor("ravi_k"));

        assertThatThrownBy(() -> stores.unitOfWork().inTransaction(() -> {
            stores.chatMessages().addOnce(message(chat, asha, "c1", "rolled back"));
            throw new IllegalStateException("the use case failed after the message");
        })).hasMessage("the use case failed after the message");
        var kept = message(chat, asha, "c2", MESSAGE);
        rows.write(() -> stores.chatMessages().addOnce(kept));

        var restarted = TestDatabases.stores(open(settings, TestDatabases.MASTER_KEYS));
        assertThat(restarted.chatMessages().latest(chat.id(), 10)).containsExactly(kept);
    }

    @Test
    void text_stored_before_encryption_is_sealed_by_the_migration_and_reads_back() {
        var schema = Target.freshSchemaName();
        var settings = Target.SERVER.newSchema(schema);
        schemas.add(schema);
        var database = Database.open(settings, 2, TestDatabases.SKELETONS, () -> TestDatabases.MASTER_KEYS,
                Clock.systemUTC());
        opened.add(database);
        database.migrateTo("20");
        var stores = TestDatabases.stores(database);
        var rows = new ContractRows(stores);
        var asha = rows.user("asha");
        var chat = rows.thread(asha, rows.mentor("ravi_k"));
        var id = UUID.randomUUID();
        database.jdbi().useHandle(handle -> {
            handle.execute("""
                    INSERT INTO chat_messages (id, chat_id, sender_id, client_message_id, message_text, sent_at)
                    VALUES (?, ?, ?, 'c1', ?, ?)""", Columns.id(id), Columns.id(chat.id().value()),
                    Columns.id(asha.id().value()), MESSAGE, Columns.at(at(1)));
            handle.execute("""
                    INSERT INTO safety_plans (user_id, warning_signs, coping_steps, people_to_call, reasons_for_living,
                        safe_surroundings, updated_at) VALUES (?, ?, '', ?, '', '', ?)""",
                    Columns.id(asha.id().value()), WARNING_SIGNS, PEOPLE, Columns.at(at(1)));
            handle.execute("""
                    INSERT INTO session_notes (chat_id, version, notes_text, edited_by, updated_at)
                    VALUES (?, 1, ?, ?, ?)""", Columns.id(chat.id().value()), NOTES_FIRST,
                    Columns.id(chat.mentor().value()), Columns.at(at(2)));
        });

        assertThat(database.migrateTo("20.1")).isEqualTo(1);
        database.migrate();

        var stored = database.jdbi().withHandle(handle -> handle.createQuery("""
                SELECT message_text FROM chat_messages UNION ALL SELECT warning_signs FROM safety_plans
                UNION ALL SELECT people_to_call FROM safety_plans UNION ALL SELECT notes_text FROM session_notes""")
                .mapTo(String.class).list());
        assertThat(stored).hasSize(4).allMatch(text -> text.startsWith("bt1:"));
        assertThat(stores.chatMessages().byId(new MessageId(id)).map(Message::text)).contains(MESSAGE);
        assertThat(stores.safetyPlans().of(asha.id()).map(plan -> plan.sections().peopleToCall())).contains(PEOPLE);
        assertThat(stores.notes().of(chat.id()).map(SessionNotes::text)).contains(NOTES_FIRST);
    }

    private Database open(DatabaseSettings settings, MasterKeys keys) {
        var database = Database.open(settings, 4, TestDatabases.SKELETONS, () -> keys, Clock.systemUTC());
        opened.add(database);
        database.migrate();
        return database;
    }

    /** What {@link #seed} wrote, to read back through the stores. */
    private record Seeded(ChatThread chat, User asha, MessageId message, CaseId moderationCase, UUID report) {
        void readsBack(Stores stores) {
            assertThat(stores.chatMessages().byId(message).map(Message::text)).contains(MESSAGE);
            assertThat(stores.notes().history(chat.id(), 5)).extracting(SessionNotes::text)
                    .containsExactly(NOTES_NOW, NOTES_FIRST);
            var plan = stores.safetyPlans().of(asha.id()).orElseThrow().sections();
            assertThat(plan.warningSigns()).isEqualTo(WARNING_SIGNS);
            assertThat(plan.peopleToCall()).isEqualTo(PEOPLE);
            var decided = stores.moderationCases().byId(moderationCase).orElseThrow();
            assertThat(decided.copy()).isEqualTo(REPORTED);
            assertThat(decided.decision().orElseThrow().note()).isEqualTo(DECISION);
            assertThat(stores.moderationCases().reportsOf(moderationCase)).extracting(Report::details)
                    .containsExactly(DETAILS);
        }
    }

    /** A chat with a message and two revisions of notes, a safety plan, and a decided report. */
    private static Seeded seed(Stores stores) {
        var rows = new ContractRows(stores);
        var asha = rows.user("asha");
        var ravi = rows.mentor("ravi_k");
        var chat = rows.thread(asha, ravi);
        var message = message(chat, asha, "c1", MESSAGE);
        rows.write(() -> stores.chatMessages().addOnce(message));
        rows.write(() -> stores.notes().save(new SessionNotes(chat.id(), NOTES_FIRST, 1, ravi.id(), at(2))));
        rows.write(() -> stores.notes().save(new SessionNotes(chat.id(), NOTES_NOW, 2, ravi.id(), at(3))));
        rows.write(() -> stores.safetyPlans().save(new SafetyPlan(asha.id(), new SafetyPlan.Sections(WARNING_SIGNS,
                "Walk round the block", PEOPLE, "My cat", "Give the pills to my sister"), at(4))));
        var opened = new ModerationCase(CaseId.random(), new Subject(Subject.Kind.MESSAGE, message.id().value()),
                asha.id(), REPORTED, Optional.of(chat.id().value()), false, false, at(5), Optional.empty());
        rows.write(() -> stores.moderationCases().openFor(opened));
        var report = new Report(UUID.randomUUID(), opened.id(), Optional.of(ravi.id()), ReportReason.values()[0],
                DETAILS, at(5));
        rows.write(() -> stores.moderationCases().addReport(report));
        rows.write(() -> stores.moderationCases().update(opened.decided(new Decision(Outcome.DISMISSED, ravi.id(),
                at(6), DECISION, Optional.empty()))));
        return new Seeded(chat, asha, message.id(), opened.id(), report.id());
    }

    private static Message message(ChatThread chat, User sender, String clientId, String text) {
        return new Message(MessageId.random(), chat.id(), sender.id(), clientId, text, at(1));
    }

    /** {@code mariadb-dump} of the schema, one row per INSERT. */
    private static String dump(String schema) throws IOException, InterruptedException {
        var server = TestServer.get();
        var address = server.serverUrl().replaceFirst("^jdbc:(mysql|mariadb)://", "").replaceFirst("/.*$", "");
        var host = address.contains(":") ? address.substring(0, address.indexOf(':')) : address;
        var port = address.contains(":") ? address.substring(address.indexOf(':') + 1) : "3306";
        var command = new ArrayList<>(List.of("mariadb-dump", "--skip-extended-insert", "--protocol=TCP", "-h", host,
                "-P", port, "-u", server.user()));
        if (!server.password().isEmpty()) {
            command.add("-p" + server.password());
        }
        command.add(schema);
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
