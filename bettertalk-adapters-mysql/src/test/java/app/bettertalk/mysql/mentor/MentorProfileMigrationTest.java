package app.bettertalk.mysql.mentor;

import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.Database;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V9 gives mentors who applied before it a public name: the one they were shown by until then (their display name,
 * or their username where the display name is shorter than a mentor's name may be).
 */
class MentorProfileMigrationTest {

    @ParameterizedTest
    @EnumSource(Target.class)
    void mentors_from_before_v9_keep_the_name_they_were_shown_by(Target target) {
        var schema = Target.freshSchemaName();
        try (var database = Database.open(target.newSchema(schema), 2, TestDatabases.SKELETONS,
                () -> TestDatabases.MASTER_KEYS, java.time.Clock.systemUTC())) {
            migrateToJustBeforeV9(database);
            var named = mentor(database, "asha_k", "Asha Iyer");
            var unnamed = mentor(database, "ravi_k", "");
            var initial = mentor(database, "meera_k", "M");

            database.migrate();

            assertThat(publicName(database, named)).isEqualTo("Asha Iyer");
            assertThat(publicName(database, unnamed)).isEqualTo("ravi_k");
            assertThat(publicName(database, initial)).isEqualTo("meera_k");
            assertThat(new JdbiMentors(database.jdbi()).byId(named)).hasValueSatisfying(
                    mentor -> assertThat(mentor.publicName()).isEqualTo("Asha Iyer"));
        } finally {
            target.dropSchema(schema);
        }
    }

    /** Up to the last migration before V9, whichever number it has (the migrations before it are others'). */
    private static void migrateToJustBeforeV9(Database database) {
        var configuration = Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration");
        var before = Arrays.stream(configuration.load().info().all()).map(MigrationInfo::getVersion)
                .filter(version -> version.compareTo(MigrationVersion.fromVersion("9")) < 0)
                .max(Comparator.naturalOrder()).orElseThrow();
        configuration.target(before).load().migrate();
    }

    private static UserId mentor(Database database, String username, String displayName) {
        var id = UUID.randomUUID();
        var at = "2026-11-25 10:00:00.000000";
        database.jdbi().useHandle(handle -> {
            handle.execute("""
                    INSERT INTO users (id, google_subject, email, google_name, role, phone_number, age,
                                       anonymous_username, username_key, display_name, bio, created_at, updated_at)
                    VALUES (?, ?, ?, 'Google Name', 'MENTOR', '+919876543210', 30, ?, ?, ?, '', ?, ?)""",
                    Columns.id(id), "sub-" + username, username + "@example.com", username, username, displayName,
                    at, at);
            handle.execute("""
                    INSERT INTO mentors (user_id, headline, bio, experience_years, is_verified, created_at,
                                         updated_at)
                    VALUES (?, 'Listener', 'Bio.', 3, TRUE, ?, ?)""", Columns.id(id), at, at);
        });
        return new UserId(id);
    }

    private static String publicName(Database database, UserId mentor) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT public_name FROM mentors WHERE user_id = ?").bind(0, Columns.id(mentor.value()))
                .mapTo(String.class).one());
    }
}
