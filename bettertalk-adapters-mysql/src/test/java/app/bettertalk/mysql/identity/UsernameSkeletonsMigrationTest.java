package app.bettertalk.mysql.identity;

import app.bettertalk.core.identity.AnonymousUsername;
import app.bettertalk.core.identity.EmailAddress;
import app.bettertalk.core.identity.GoogleSubject;
import app.bettertalk.core.identity.PhoneNumber;
import app.bettertalk.core.identity.Profile;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UserId;
import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.Database;
import app.bettertalk.mysql.Target;
import app.bettertalk.mysql.TestDatabases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Migration 18.1 gives the usernames taken before V18 their skeletons, by the application's own NameSkeletons; where
 * two already looked alike, the older account holds the skeleton and the younger keeps its username and stays
 * editable.
 */
class UsernameSkeletonsMigrationTest {
    private Target target;
    private String schema;
    private Database database;

    @BeforeEach
    void noSchemaYet() {
        schema = Target.freshSchemaName();
    }

    @AfterEach
    void dropSchema() {
        if (database != null) {
            database.close();
            target.dropSchema(schema);
        }
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void every_username_from_before_v16_gets_the_skeleton_the_application_gives_it(Target on) {
        migratedWithUsersFromBefore(on, "asha_k", "Ravi_M");

        assertThat(skeletonOf("asha_k")).isEqualTo(TestDatabases.SKELETONS.skeleton("asha_k"));
        assertThat(skeletonOf("Ravi_M")).isEqualTo(TestDatabases.SKELETONS.skeleton("ravi_m"));
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void of_two_usernames_that_already_looked_alike_the_older_holds_the_skeleton(Target on) {
        migratedWithUsersFromBefore(on, "lily_k", "Iily_k");
        var users = new JdbiUsers(database.jdbi(), TestDatabases.SKELETONS);

        assertThat(skeletonOf("lily_k")).isNotNull();
        assertThat(skeletonOf("Iily_k")).isNull();
        assertThat(users.byUsernameLike("Iily_k").flatMap(User::username))
                .contains(new AnonymousUsername("lily_k"));
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void the_younger_of_two_look_alikes_can_still_edit_their_profile(Target on) {
        var ids = migratedWithUsersFromBefore(on, "lily_k", "Iily_k");
        var users = new JdbiUsers(database.jdbi(), TestDatabases.SKELETONS);
        var younger = users.byId(ids[1]).orElseThrow();

        users.update(younger.editProfile(new PhoneNumber("+919812345678"), 31, "Lily", "Still here.",
                Instant.parse("2026-12-01T10:00:00Z")));

        assertThat(users.byId(ids[1]).orElseThrow().profile().map(Profile::displayName)).contains("Lily");
        assertThat(skeletonOf("Iily_k")).isNull();
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void after_the_migration_a_third_look_alike_is_taken(Target on) {
        migratedWithUsersFromBefore(on, "lily_k", "Iily_k");
        var users = new JdbiUsers(database.jdbi(), TestDatabases.SKELETONS);
        var newcomer = User.signedUp(UserId.random(), new GoogleSubject("google-new"),
                new EmailAddress("new@example.com"), "New", Instant.parse("2026-12-01T10:00:00Z"));
        users.add(newcomer);
        var third = newcomer.onboard(new Profile(new AnonymousUsername("l1ly_k"), new PhoneNumber("+919812345678"),
                30, "", ""), Instant.parse("2026-12-01T10:01:00Z"));

        assertThatThrownBy(() -> users.update(third)).isInstanceOfSatisfying(DomainException.Conflict.class,
                conflict -> assertThat(conflict.reason()).isEqualTo("username_taken"));
    }

    /** The schema up to just before V18 with onboarded accounts of {@code usernames}, oldest first, then the rest. */
    private UserId[] migratedWithUsersFromBefore(Target on, String... usernames) {
        target = on;
        database = Database.open(on.newSchema(schema), 2, TestDatabases.SKELETONS,
                () -> TestDatabases.MASTER_KEYS, java.time.Clock.systemUTC());
        var configuration = Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration");
        var before = Arrays.stream(configuration.load().info().all()).map(MigrationInfo::getVersion)
                .filter(version -> version.compareTo(MigrationVersion.fromVersion("18")) < 0)
                .max(Comparator.naturalOrder()).orElseThrow();
        configuration.target(before).load().migrate();
        var ids = new UserId[usernames.length];
        for (var i = 0; i < usernames.length; i++) {
            ids[i] = legacyUser(usernames[i], i);
        }
        database.migrate();
        return ids;
    }

    private UserId legacyUser(String username, int minute) {
        var id = UUID.randomUUID();
        var at = "2026-11-25 10:%02d:00.000000".formatted(minute);
        database.jdbi().useHandle(handle -> handle.execute("""
                INSERT INTO users (id, google_subject, email, google_name, role, phone_number, age,
                                   anonymous_username, username_key, display_name, bio, created_at, updated_at)
                VALUES (?, ?, ?, 'Google Name', 'USER', '+919876543210', 30, ?, ?, '', '', ?, ?)""",
                Columns.id(id), "sub-" + username, username + "@example.com", username,
                username.toLowerCase(Locale.ROOT), at, at));
        return new UserId(id);
    }

    private String skeletonOf(String username) {
        return database.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT username_skeleton FROM users WHERE anonymous_username = ?").bind(0, username)
                .mapTo(String.class).one());
    }
}
