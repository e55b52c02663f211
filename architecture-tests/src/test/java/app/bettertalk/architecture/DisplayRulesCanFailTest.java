package app.bettertalk.architecture;

import app.bettertalk.architecture.fixtures.formatting.core.booking.PricesItsOwnReceipt;
import app.bettertalk.architecture.fixtures.formatting.display.LinksToThePlanPage;
import app.bettertalk.architecture.fixtures.formatting.display.Rupees;
import app.bettertalk.architecture.fixtures.formatting.mysql.PriceColumn;
import app.bettertalk.architecture.fixtures.formatting.notifications.ReceiptEmail;
import app.bettertalk.architecture.fixtures.formatting.web.PlanPage;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Function;
import java.util.stream.Stream;

import static app.bettertalk.architecture.Fixtures.CLOCK;
import static app.bettertalk.architecture.Fixtures.FORMATTING;
import static app.bettertalk.architecture.Fixtures.evaluate;
import static app.bettertalk.architecture.Fixtures.mentioning;
import static app.bettertalk.architecture.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules about the display module, shown failing on a fixture that formats in the wrong places. */
class DisplayRulesCanFailTest {

    @Test
    void display_depends_only_on_core_and_the_jdk_flags_display_using_an_adapter() {
        var rule = HexagonRules.display_depends_only_on_core_and_the_jdk(FORMATTING);

        var result = evaluate(rule, FORMATTING);

        assertThat(result.hasViolation()).isTrue();
        assertThat(violations(result)).anyMatch(mentioning(LinksToThePlanPage.class).and(mentioning(PlanPage.class)));
    }

    @Test
    void display_depends_only_on_core_and_the_jdk_lets_display_build_on_core_values() {
        var rule = HexagonRules.display_depends_only_on_core_and_the_jdk(FORMATTING);

        var result = evaluate(rule, FORMATTING);

        assertThat(violations(result)).noneMatch(mentioning(Rupees.class));
    }

    @Test
    void only_web_notifications_and_the_cli_use_display_flags_core_using_display() {
        var rule = HexagonRules.only_web_notifications_and_the_cli_use_display(FORMATTING);

        var result = evaluate(rule, FORMATTING);

        assertThat(result.hasViolation()).isTrue();
        assertThat(violations(result)).anyMatch(mentioning(PricesItsOwnReceipt.class).and(mentioning(Rupees.class)));
    }

    @Test
    void only_web_notifications_and_the_cli_use_display_flags_the_database_adapter_using_display() {
        var rule = HexagonRules.only_web_notifications_and_the_cli_use_display(FORMATTING);

        var result = evaluate(rule, FORMATTING);

        assertThat(violations(result)).anyMatch(mentioning(PriceColumn.class).and(mentioning(Rupees.class)));
    }

    @Test
    void only_web_notifications_and_the_cli_use_display_lets_the_pages_and_the_emails_use_it() {
        var rule = HexagonRules.only_web_notifications_and_the_cli_use_display(FORMATTING);

        var result = evaluate(rule, FORMATTING);

        assertThat(violations(result)).noneMatch(mentioning(PlanPage.class)).noneMatch(mentioning(ReceiptEmail.class));
    }

    @Test
    void core_depends_only_on_the_jdk_flags_core_using_display_too() {
        var rule = HexagonRules.core_depends_only_on_the_jdk(FORMATTING);

        var result = evaluate(rule, FORMATTING);

        assertThat(violations(result)).anyMatch(mentioning(PricesItsOwnReceipt.class).and(mentioning(Rupees.class)));
    }

    @ParameterizedTest
    @MethodSource("displayRules")
    void a_display_rule_passes_while_there_is_no_display_module(Function<String, ArchRule> displayRule) {
        var rule = displayRule.apply(CLOCK);

        var result = evaluate(rule, CLOCK);

        assertThat(result.hasViolation()).isFalse();
    }

    static Stream<Named<Function<String, ArchRule>>> displayRules() {
        return Stream.of(
                Named.of("display_depends_only_on_core_and_the_jdk",
                        HexagonRules::display_depends_only_on_core_and_the_jdk),
                Named.of("only_web_notifications_and_the_cli_use_display",
                        HexagonRules::only_web_notifications_and_the_cli_use_display));
    }
}
