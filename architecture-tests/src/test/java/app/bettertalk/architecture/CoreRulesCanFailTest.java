package app.bettertalk.architecture;

import app.bettertalk.architecture.fixtures.clock.core.chat.ReadsItsClock;
import app.bettertalk.architecture.fixtures.clock.core.chat.ReadsTheWallClock;
import app.bettertalk.architecture.fixtures.cyclic.core.booking.CyclicBooking;
import app.bettertalk.architecture.fixtures.cyclic.core.chat.CyclicChat;
import app.bettertalk.architecture.fixtures.leaky.core.booking.CountsThroughTheAdapter;
import app.bettertalk.architecture.fixtures.leaky.core.chat.QueriesTheDatabase;
import app.bettertalk.architecture.fixtures.leaky.core.notes.KeepsToTheJdk;
import app.bettertalk.architecture.fixtures.leaky.core.notes.SignsWithTheJdk;
import app.bettertalk.architecture.fixtures.leaky.core.notes.UsesJavaxBeyondCrypto;
import app.bettertalk.architecture.fixtures.leaky.mysql.JdbiBookings;
import app.bettertalk.architecture.fixtures.naming.core.booking.Bookings;
import app.bettertalk.architecture.fixtures.naming.core.shared.Port;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static app.bettertalk.architecture.Fixtures.CLOCK;
import static app.bettertalk.architecture.Fixtures.CYCLIC;
import static app.bettertalk.architecture.Fixtures.LEAKY;
import static app.bettertalk.architecture.Fixtures.NAMING;
import static app.bettertalk.architecture.Fixtures.evaluate;
import static app.bettertalk.architecture.Fixtures.mentionOf;
import static app.bettertalk.architecture.Fixtures.mentioning;
import static app.bettertalk.architecture.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules about core, each shown failing on a broken fixture and passing its well-formed neighbour. */
class CoreRulesCanFailTest {

    @Test
    void core_depends_only_on_the_jdk_flags_core_using_an_adapter() {
        var rule = HexagonRules.core_depends_only_on_the_jdk(LEAKY);

        var result = evaluate(rule, LEAKY);

        assertThat(result.hasViolation()).isTrue();
        assertThat(violations(result))
                .anyMatch(mentioning(CountsThroughTheAdapter.class).and(mentioning(JdbiBookings.class)));
    }

    @Test
    void core_depends_only_on_the_jdk_lets_core_built_from_jdk_types_pass() {
        var rule = HexagonRules.core_depends_only_on_the_jdk(LEAKY);

        var result = evaluate(rule, LEAKY);

        assertThat(violations(result)).noneMatch(mentioning(KeepsToTheJdk.class));
    }

    @Test
    void core_depends_only_on_the_jdk_lets_core_sign_with_the_jdks_javax_crypto() {
        var rule = HexagonRules.core_depends_only_on_the_jdk(LEAKY);

        var result = evaluate(rule, LEAKY);

        assertThat(violations(result)).noneMatch(mentioning(SignsWithTheJdk.class));
    }

    @Test
    void core_depends_only_on_the_jdk_flags_core_using_javax_beyond_crypto() {
        var rule = HexagonRules.core_depends_only_on_the_jdk(LEAKY);

        var result = evaluate(rule, LEAKY);

        assertThat(violations(result)).anyMatch(mentioning(UsesJavaxBeyondCrypto.class)
                .and(line -> line.contains("<javax.naming.InitialContext")));
    }

    @Test
    void core_never_touches_sql_flags_core_using_jdbc() {
        var rule = HexagonRules.core_never_touches_sql(LEAKY);

        var result = evaluate(rule, LEAKY);

        assertThat(result.hasViolation()).isTrue();
        assertThat(violations(result))
                .anyMatch(mentioning(QueriesTheDatabase.class).and(line -> line.contains("<java.sql.Connection")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "java.time.Instant.now()", "java.time.LocalDateTime.now()", "java.time.LocalDate.now()",
            "java.time.ZonedDateTime.now()", "java.time.OffsetDateTime.now()", "java.lang.System.currentTimeMillis()",
            "java.time.Clock.systemUTC()", "java.time.Clock.systemDefaultZone()"})
    void core_reads_time_from_its_clock_flags_every_read_of_the_wall_clock(String wallClock) {
        var rule = HexagonRules.core_reads_time_from_its_clock(CLOCK);

        var result = evaluate(rule, CLOCK);

        assertThat(result.hasViolation()).isTrue();
        assertThat(violations(result))
                .anyMatch(mentioning(ReadsTheWallClock.class).and(line -> line.contains("<" + wallClock + ">")));
    }

    @Test
    void core_reads_time_from_its_clock_lets_core_reading_its_given_clock_pass() {
        var rule = HexagonRules.core_reads_time_from_its_clock(CLOCK);

        var result = evaluate(rule, CLOCK);

        assertThat(violations(result)).noneMatch(mentioning(ReadsItsClock.class));
    }

    @Test
    void features_have_no_cycles_flags_two_features_needing_each_other() {
        var rule = HexagonRules.features_have_no_cycles(CYCLIC);

        var result = evaluate(rule, CYCLIC);

        assertThat(result.hasViolation()).isTrue();
        assertThat(violations(result)).singleElement().satisfies(cycle -> assertThat(cycle)
                .contains("Cycle detected: Slice booking -> ")
                .contains("Slice chat -> ")
                .doesNotContain("Slice shared")
                .containsPattern(mentionOf(CyclicBooking.class))
                .containsPattern(mentionOf(CyclicChat.class)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BookingsImpl", "PaymentPort", "BookingRepository", "BookingService", "ChatManager",
            "TextUtil", "TextUtils", "PriceRules$RoundingUtils"})
    void core_names_no_class_impl_port_repository_service_manager_or_util_flags_each_plumbing_name(String name) {
        var rule = HexagonRules.core_names_no_class_impl_port_repository_service_manager_or_util(NAMING);

        var result = evaluate(rule, NAMING);

        assertThat(result.hasViolation()).isTrue();
        assertThat(violations(result)).anyMatch(line -> line.contains("<" + NAMING + ".core.booking." + name + ">"));
    }

    @Test
    void core_names_no_class_impl_port_repository_service_manager_or_util_lets_domain_names_and_the_port_marker_pass() {
        var rule = HexagonRules.core_names_no_class_impl_port_repository_service_manager_or_util(NAMING);

        var result = evaluate(rule, NAMING);

        assertThat(violations(result)).noneMatch(mentioning(Bookings.class)).noneMatch(mentioning(Port.class));
    }
}
