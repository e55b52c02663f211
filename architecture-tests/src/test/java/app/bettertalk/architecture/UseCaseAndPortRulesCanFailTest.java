package app.bettertalk.architecture;

import app.bettertalk.architecture.fixtures.ports.core.booking.Ledgers;
import app.bettertalk.architecture.fixtures.ports.core.booking.PaymentLedger;
import app.bettertalk.architecture.fixtures.usecases.core.booking.NoAction;
import app.bettertalk.architecture.fixtures.usecases.core.booking.OpenForExtension;
import app.bettertalk.architecture.fixtures.usecases.core.booking.TwoActions;
import app.bettertalk.architecture.fixtures.usecases.core.booking.WellFormedAction;
import org.junit.jupiter.api.Test;

import static app.bettertalk.architecture.Fixtures.PORTS;
import static app.bettertalk.architecture.Fixtures.USE_CASES;
import static app.bettertalk.architecture.Fixtures.evaluate;
import static app.bettertalk.architecture.Fixtures.mentioning;
import static app.bettertalk.architecture.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules about {@code @Port} and {@code @UseCase} classes, each shown failing on a broken fixture. */
class UseCaseAndPortRulesCanFailTest {

    @Test
    void ports_are_interfaces_flags_a_port_that_is_a_class() {
        var rule = HexagonRules.ports_are_interfaces(PORTS);

        var result = evaluate(rule, PORTS);

        assertThat(result.hasViolation()).isTrue();
        assertThat(violations(result)).anyMatch(mentioning(PaymentLedger.class));
    }

    @Test
    void ports_are_interfaces_lets_an_interface_port_pass() {
        var rule = HexagonRules.ports_are_interfaces(PORTS);

        var result = evaluate(rule, PORTS);

        assertThat(violations(result)).noneMatch(mentioning(Ledgers.class));
    }

    @Test
    void use_cases_are_final_flags_a_use_case_open_for_extension() {
        var rule = HexagonRules.use_cases_are_final(USE_CASES);

        var result = evaluate(rule, USE_CASES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(violations(result)).anyMatch(mentioning(OpenForExtension.class));
    }

    @Test
    void use_cases_are_final_lets_final_use_cases_pass() {
        var rule = HexagonRules.use_cases_are_final(USE_CASES);

        var result = evaluate(rule, USE_CASES);

        assertThat(violations(result))
                .noneMatch(mentioning(WellFormedAction.class))
                .noneMatch(mentioning(TwoActions.class))
                .noneMatch(mentioning(NoAction.class));
    }

    @Test
    void use_cases_have_exactly_one_public_action_flags_a_use_case_with_two() {
        var rule = HexagonRules.use_cases_have_exactly_one_public_action(USE_CASES);

        var result = evaluate(rule, USE_CASES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(violations(result)).anyMatch(mentioning(TwoActions.class)
                .and(line -> line.contains("2 public methods besides Object's: [book(String), cancel(String)]")));
    }

    @Test
    void use_cases_have_exactly_one_public_action_flags_a_use_case_with_none() {
        var rule = HexagonRules.use_cases_have_exactly_one_public_action(USE_CASES);

        var result = evaluate(rule, USE_CASES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(violations(result)).anyMatch(mentioning(NoAction.class).and(line -> line.contains("has 0 public")));
    }

    @Test
    void use_cases_have_exactly_one_public_action_does_not_count_constructors_commands_lambdas_or_object_overrides() {
        var rule = HexagonRules.use_cases_have_exactly_one_public_action(USE_CASES);

        var result = evaluate(rule, USE_CASES);

        assertThat(violations(result))
                .noneMatch(mentioning(WellFormedAction.class))
                .noneMatch(mentioning(OpenForExtension.class));
    }
}
