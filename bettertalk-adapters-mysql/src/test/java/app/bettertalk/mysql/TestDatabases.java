package app.bettertalk.mysql;

import app.bettertalk.core.Stores;
import app.bettertalk.core.shared.AsciiNameSkeletons;
import app.bettertalk.core.shared.NameSkeletons;
import app.bettertalk.mysql.atrest.MasterKeys;
import app.bettertalk.mysql.audit.JdbiAuditTrail;
import app.bettertalk.mysql.identity.JdbiBlocks;
import app.bettertalk.mysql.identity.JdbiSuspensions;
import app.bettertalk.mysql.moderation.JdbiModerationCases;
import app.bettertalk.mysql.safety.JdbiWatchedWords;
import app.bettertalk.mysql.booking.JdbiBookings;
import app.bettertalk.mysql.booking.JdbiPaymentLedger;
import app.bettertalk.mysql.chat.JdbiChatMessages;
import app.bettertalk.mysql.chat.JdbiChatReads;
import app.bettertalk.mysql.chat.JdbiChatThreads;
import app.bettertalk.mysql.community.JdbiComments;
import app.bettertalk.mysql.community.JdbiGroups;
import app.bettertalk.mysql.community.JdbiMemberships;
import app.bettertalk.mysql.community.JdbiPosts;
import app.bettertalk.mysql.identity.JdbiSessions;
import app.bettertalk.mysql.identity.JdbiUsers;
import app.bettertalk.mysql.mailing.JdbiEmailPreferences;
import app.bettertalk.mysql.mailing.JdbiQueuedEmails;
import app.bettertalk.mysql.mentor.JdbiMentorDirectory;
import app.bettertalk.mysql.mentor.JdbiMentorRatings;
import app.bettertalk.mysql.mentor.JdbiMentorPhotos;
import app.bettertalk.mysql.mentor.JdbiMentors;
import app.bettertalk.mysql.mentor.JdbiPlans;
import app.bettertalk.mysql.notes.JdbiNotesDocuments;
import app.bettertalk.mysql.notification.JdbiOutbox;
import app.bettertalk.mysql.review.JdbiReviews;
import app.bettertalk.mysql.safetyplan.JdbiSafetyPlans;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One migrated schema per test class and target, created on first use and dropped when the test JVM ends; every
 * {@link #freshStores} empties it first, so each test starts from nothing.
 */
public final class TestDatabases {
    private record Key(Class<?> testClass, Target target) {
    }

    private record Schema(String name, Database database) {
    }

    // Children before parents, so deleting never trips a foreign key.
    private static final List<String> TABLES = List.of("audit_trail", "data_keys", "consents", "watched_words", "moderation_reads", "moderation_reports", "moderation_cases",
            "suspensions", "blocks", "safety_plans", "job_locks", "web_sessions", "email_preferences", "email_outbox", "session_notes", "chat_reads", "chat_messages", "chats",
            "reviews", "refunds", "payment_events", "payments", "bookings", "group_comments", "group_posts", "group_members", "topic_groups", "mentor_plans",
            "mentor_ratings", "mentor_photos", "mentor_tags", "mentors", "users");

    /*
     * Test classes run one after another, so only the last few schemas are in use: older ones are closed and
     * dropped, which keeps the suite's connections to a shared server (151 by default) from growing with every
     * contract it adds.
     */
    private static final int OPEN_SCHEMAS = 6;

    /** What usernames look like in the test databases: the core's stand-in, which agrees with ICU on usernames. */
    public static final NameSkeletons SKELETONS = new AsciiNameSkeletons();

    /** The master keys of every test database. */
    public static final MasterKeys MASTER_KEYS = MasterKeys.generate(Instant.EPOCH);
    private static final Map<Key, Schema> SCHEMAS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Schema> eldest) {
            if (size() > OPEN_SCHEMAS) {
                drop(eldest.getKey(), eldest.getValue());
                return true;
            }
            return false;
        }
    };

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (SCHEMAS) {
                SCHEMAS.forEach(TestDatabases::drop);
            }
        }));
    }

    private static void drop(Key key, Schema schema) {
        schema.database().close();
        key.target().dropSchema(schema.name());
    }

    private TestDatabases() {
    }

    /** The test class's migrated database on {@code target}, emptied. */
    public static Database emptied(Class<?> testClass, Target target) {
        Database database;
        synchronized (SCHEMAS) {
            database = SCHEMAS.computeIfAbsent(new Key(testClass, target), key -> {
                var name = Target.freshSchemaName();
                var opened = Database.open(target.newSchema(name), 40, SKELETONS, () -> MASTER_KEYS, Clock.systemUTC());
                opened.migrate();
                return new Schema(name, opened);
            }).database();
        }
        database.jdbi().useHandle(handle -> TABLES.forEach(table -> handle.execute("DELETE FROM " + table)));
        return database;
    }

    /**
     * A key file in {@code folder} holding {@link #MASTER_KEYS}, for a command run over a test database to open what
     * the test's stores sealed.
     */
    public static java.nio.file.Path masterKeyFile(java.nio.file.Path folder) {
        var file = folder.resolve("test-master.keys");
        try {
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.writeString(file, MASTER_KEYS.format());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return file;
    }

    /** Every storage port over the test class's emptied database on {@code target}. */
    public static Stores freshStores(Class<?> testClass, Target target) {
        return stores(emptied(testClass, target));
    }

    public static Stores stores(Database database) {
        var jdbi = database.jdbi();
        var sealed = database.sealedText();
        return new Stores(new JdbiUsers(jdbi, SKELETONS), new JdbiMentors(jdbi), new JdbiPlans(jdbi),
                new JdbiGroups(jdbi), new JdbiMemberships(jdbi), new JdbiPosts(jdbi), new JdbiComments(jdbi), new JdbiBookings(jdbi),
                new JdbiChatThreads(jdbi), new JdbiChatMessages(jdbi, sealed), new JdbiNotesDocuments(jdbi, sealed),
                new JdbiOutbox(jdbi), new JdbiSessions(jdbi), new JdbiJobLocks(jdbi), new JdbiUnitOfWork(jdbi),
                new JdbiQueuedEmails(jdbi), new JdbiEmailPreferences(jdbi), new JdbiMentorRatings(jdbi),
                new JdbiMentorDirectory(jdbi), new JdbiChatReads(jdbi), new JdbiMentorPhotos(jdbi),
                new JdbiReviews(jdbi), new JdbiPaymentLedger(jdbi), new JdbiSafetyPlans(jdbi, sealed),
                new JdbiModerationCases(jdbi, sealed), new JdbiSuspensions(jdbi), new JdbiBlocks(jdbi),
                new JdbiWatchedWords(jdbi), new JdbiAuditTrail(jdbi));
    }
}
