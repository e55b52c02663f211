package app.bettertalk.architecture;

import app.bettertalk.architecture.fixtures.tangled.cli.ExitCodes;
import app.bettertalk.architecture.fixtures.tangled.cli.Wiring;
import app.bettertalk.architecture.fixtures.tangled.core.chat.RendersItsOwnPage;
import app.bettertalk.architecture.fixtures.tangled.icu.IcuNames;
import app.bettertalk.architecture.fixtures.tangled.mysql.JdbiChats;
import app.bettertalk.architecture.fixtures.tangled.mysql.JdbiNames;
import app.bettertalk.architecture.fixtures.tangled.notifications.SmtpMailer;
import app.bettertalk.architecture.fixtures.tangled.web.ChatPages;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Function;
import java.util.stream.Stream;

import static app.bettertalk.architecture.Fixtures.CLOCK;
import static app.bettertalk.architecture.Fixtures.TANGLED;
import static app.bettertalk.architecture.Fixtures.evaluate;
import static app.bettertalk.architecture.Fixtures.mentioning;
import static app.bettertalk.architecture.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules about adapters and the CLI, shown failing on a tangled fixture and passing while the modules are empty. */
class AdapterRulesCanFailTest {

    @Test
    void adapters_do_not_depend_on_each_other_flags_the_web_using_mysql() {
        var rule = HexagonRules.adapters_do_not_depend_on_each_other(TANGLED);

        var result = evaluate(rule, TANGLED);

        assertThat(result.hasViolation()).isTrue();
        assertThat(violations(result)).anyMatch(mentioning(ChatPages.class).and(mentioning(JdbiChats.class)));
    }

    @Test
    void adapters_do_not_depend_on_each_other_flags_the_database_using_the_icu_adapter() {
        var rule = HexagonRules.adapters_do_not_depend_on_each_other(TANGLED);

        var result = evaluate(rule, TANGLED);

        assertThat(violations(result)).anyMatch(mentioning(JdbiNames.class).and(mentioning(IcuNames.class)));
    }

    @Test
    void adapters_do_not_depend_on_each_other_leaves_core_and_the_cli_to_the_other_rules() {
        var rule = HexagonRules.adapters_do_not_depend_on_each_other(TANGLED);

        var result = evaluate(rule, TANGLED);

        assertThat(violations(result))
                .noneMatch(mentioning(RendersItsOwnPage.class))
                .noneMatch(mentioning(Wiring.class))
                .noneMatch(mentioning(ExitCodes.class));
    }

    @Test
    void only_the_cli_sees_adapters_flags_an_adapter_using_another() {
        var rule = HexagonRules.only_the_cli_sees_adapters(TANGLED);

        var result = evaluate(rule, TANGLED);

        assertThat(result.hasViolation()).isTrue();
        assertThat(violations(result)).anyMatch(mentioning(ChatPages.class).and(mentioning(JdbiChats.class)));
    }

    @Test
    void only_the_cli_sees_adapters_flags_the_database_using_the_icu_adapter() {
        var rule = HexagonRules.only_the_cli_sees_adapters(TANGLED);

        var result = evaluate(rule, TANGLED);

        assertThat(violations(result)).anyMatch(mentioning(JdbiNames.class).and(mentioning(IcuNames.class)));
    }

    @Test
    void only_the_cli_sees_adapters_flags_core_using_an_adapter() {
        var rule = HexagonRules.only_the_cli_sees_adapters(TANGLED);

        var result = evaluate(rule, TANGLED);

        assertThat(result.hasViolation()).isTrue();
        assertThat(violations(result)).anyMatch(mentioning(RendersItsOwnPage.class).and(mentioning(ChatPages.class)));
    }

    @Test
    void only_the_cli_sees_adapters_lets_the_cli_wire_every_adapter() {
        var rule = HexagonRules.only_the_cli_sees_adapters(TANGLED);

        var result = evaluate(rule, TANGLED);

        assertThat(violations(result)).noneMatch(mentioning(Wiring.class));
    }

    @Test
    void nothing_depends_on_the_cli_flags_an_adapter_using_the_cli() {
        var rule = HexagonRules.nothing_depends_on_the_cli(TANGLED);

        var result = evaluate(rule, TANGLED);

        assertThat(result.hasViolation()).isTrue();
        assertThat(violations(result)).anyMatch(mentioning(SmtpMailer.class).and(mentioning(ExitCodes.class)));
    }

    @ParameterizedTest
    @MethodSource("adapterRules")
    void an_adapter_rule_passes_while_the_adapter_and_cli_modules_are_empty(Function<String, ArchRule> adapterRule) {
        var rule = adapterRule.apply(CLOCK);

        var result = evaluate(rule, CLOCK);

        assertThat(result.hasViolation()).isFalse();
    }

    static Stream<Named<Function<String, ArchRule>>> adapterRules() {
        return Stream.of(
                Named.of("adapters_do_not_depend_on_each_other", HexagonRules::adapters_do_not_depend_on_each_other),
                Named.of("only_the_cli_sees_adapters", HexagonRules::only_the_cli_sees_adapters),
                Named.of("nothing_depends_on_the_cli", HexagonRules::nothing_depends_on_the_cli));
    }
}
