package app.bettertalk.mysql.bench;

import app.bettertalk.core.booking.SweepExpiredChats;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.Database;
import app.bettertalk.mysql.JdbiJobLocks;
import app.bettertalk.mysql.JdbiUnitOfWork;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import app.bettertalk.mysql.booking.JdbiBookings;
import app.bettertalk.mysql.chat.JdbiChatThreads;
import app.bettertalk.mysql.identity.JdbiUsers;
import app.bettertalk.mysql.notification.JdbiOutbox;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Not a test: a benchmark run by hand ({@code -Dtest=SweepBenchmark}; surefire's includes never pick it up). It
 * sweeps N ended chats (default 1,000,000; {@code -Dbenchmark.chats=N}), each with one confirmed booking, on the test
 * server through {@link SweepExpiredChats}, then restores them and times the baseline: one plain SQL UPDATE of the
 * same chats (plus one for their bookings). It prints both times and their ratio; it asserts nothing about speed.
 */
class SweepBenchmark {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void sweep_one_million_ended_chats_against_one_plain_update() {
        var chats = Integer.getInteger("benchmark.chats", 1_000_000);
        var side = (int) Math.ceil(Math.sqrt(chats));
        var schema = Target.freshSchemaName();
        try (var database = Database.open(Target.SERVER.newSchema(schema), 4, TestDatabases.SKELETONS,
                () -> TestDatabases.MASTER_KEYS, Clock.systemUTC())) {
            database.migrate();
            var loadStart = System.nanoTime();
            database.jdbi().useHandle(handle -> load(handle, side, chats));
            System.out.printf("loaded %,d ended chats with %,d bookings in %.1f s%n", chats, chats,
                    seconds(loadStart));

            var jdbi = database.jdbi();
            var sweep = new SweepExpiredChats(new JdbiChatThreads(jdbi), new JdbiBookings(jdbi),
                    new JdbiUsers(jdbi, TestDatabases.SKELETONS), new JdbiOutbox(jdbi), new JdbiJobLocks(jdbi), new JdbiUnitOfWork(jdbi),
                    Clock.fixed(NOW, ZoneOffset.UTC));
            var sweepStart = System.nanoTime();
            var report = sweep.sweep(new SweepExpiredChats.Command(10_000, 1_000_000));
            var sweepSeconds = seconds(sweepStart);
            System.out.printf("use case sweep: %s in %.1f s%n", report, sweepSeconds);

            database.jdbi().useHandle(handle -> {
                handle.execute("UPDATE chats SET is_active = TRUE");
                handle.execute("UPDATE bookings SET status = 'CONFIRMED'");
            });
            var plainStart = System.nanoTime();
            var plain = database.jdbi().withHandle(handle -> {
                var closed = handle.createUpdate("UPDATE chats SET is_active = FALSE WHERE is_active = TRUE "
                        + "AND chat_end_at <= ?").bind(0, Columns.at(NOW)).execute();
                var expired = handle.createUpdate("UPDATE bookings SET status = 'EXPIRED', updated_at = ? "
                        + "WHERE status = 'CONFIRMED'").bind(0, Columns.at(NOW)).execute();
                return closed + " chats, " + expired + " bookings";
            });
            var plainSeconds = seconds(plainStart);
            System.out.printf("plain SQL UPDATEs: %s in %.1f s%n", plain, plainSeconds);
            System.out.printf("ratio (use case / plain SQL): %.2f%n", sweepSeconds / plainSeconds);
        } finally {
            Target.SERVER.dropSchema(schema);
        }
    }

    /** side × side pairs of users and mentors, the first {@code chats} of them with an ended chat and a booking. */
    private static void load(Handle handle, int side, int chats) {
        var at = Columns.at(NOW.minusSeconds(86_400));
        handle.execute("CREATE TABLE bench_n (n INT PRIMARY KEY)");
        handle.execute("INSERT INTO bench_n VALUES (0),(1),(2),(3),(4),(5),(6),(7),(8),(9)");
        handle.execute("CREATE TABLE bench_seq AS SELECT a.n + 10 * b.n + 100 * c.n + 1000 * d.n AS n "
                + "FROM bench_n a, bench_n b, bench_n c, bench_n d");
        handle.execute("DELETE FROM bench_seq WHERE n >= ?", side);
        // ids: UNHEX of a fixed prefix and the number, so rows are BINARY(16) like real UUIDs
        handle.execute("INSERT INTO users (id, google_subject, email, google_name, role, bio, created_at, updated_at) "
                + "SELECT UNHEX(CONCAT('a', LPAD(HEX(n), 31, '0'))), CONCAT('u', n), CONCAT('u', n, '@x.in'), '', "
                + "'USER', '', ?, ? FROM bench_seq", at, at);
        handle.execute("INSERT INTO users (id, google_subject, email, google_name, role, bio, created_at, updated_at) "
                + "SELECT UNHEX(CONCAT('b', LPAD(HEX(n), 31, '0'))), CONCAT('m', n), CONCAT('m', n, '@x.in'), '', "
                + "'MENTOR', '', ?, ? FROM bench_seq", at, at);
        handle.execute("INSERT INTO mentors (user_id, headline, bio, experience_years, is_verified, created_at, "
                + "updated_at) SELECT UNHEX(CONCAT('b', LPAD(HEX(n), 31, '0'))), 'h', 'b', 0, TRUE, ?, ? "
                + "FROM bench_seq", at, at);
        handle.execute("INSERT INTO mentor_plans (id, mentor_id, title, description, price_paise, "
                + "live_session_minutes, chat_window_days, is_active, created_at, updated_at) "
                + "SELECT UNHEX(CONCAT('c', LPAD(HEX(n), 31, '0'))), UNHEX(CONCAT('b', LPAD(HEX(n), 31, '0'))), "
                + "'p', '', 49900, 0, 1, TRUE, ?, ? FROM bench_seq", at, at);
        handle.execute("INSERT INTO chats (id, user_id, mentor_id, chat_start_at, chat_end_at, is_active, created_at) "
                + "SELECT UNHEX(CONCAT('d', LPAD(HEX(u.n * ? + m.n), 31, '0'))), "
                + "UNHEX(CONCAT('a', LPAD(HEX(u.n), 31, '0'))), UNHEX(CONCAT('b', LPAD(HEX(m.n), 31, '0'))), "
                + "?, ?, TRUE, ? FROM bench_seq u, bench_seq m WHERE u.n * ? + m.n < ?",
                side, at, Columns.at(NOW.minusSeconds(60)), at, side, chats);
        handle.execute("INSERT INTO bookings (id, user_id, mentor_id, plan_id, plan_title, price_paise, "
                + "chat_window_days, status, payment_reference, created_at, updated_at) "
                + "SELECT UNHEX(CONCAT('e', LPAD(HEX(u.n * ? + m.n), 31, '0'))), "
                + "UNHEX(CONCAT('a', LPAD(HEX(u.n), 31, '0'))), UNHEX(CONCAT('b', LPAD(HEX(m.n), 31, '0'))), "
                + "UNHEX(CONCAT('c', LPAD(HEX(m.n), 31, '0'))), 'p', 49900, 1, 'CONFIRMED', "
                + "CONCAT('pay_', u.n * ? + m.n), ?, ? FROM bench_seq u, bench_seq m WHERE u.n * ? + m.n < ?",
                side, side, at, at, side, chats);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
