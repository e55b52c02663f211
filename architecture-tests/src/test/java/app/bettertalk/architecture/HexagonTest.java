package app.bettertalk.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The hexagon's rules over the real code of every module; test sources, fixtures included, are left out. */
@AnalyzeClasses(packages = HexagonTest.BETTERTALK, importOptions = ImportOption.DoNotIncludeTests.class)
class HexagonTest {
    static final String BETTERTALK = "app.bettertalk";

    @ArchTest
    static final ArchRule core_depends_only_on_the_jdk = HexagonRules.core_depends_only_on_the_jdk(BETTERTALK);

    @ArchTest
    static final ArchRule core_never_touches_sql = HexagonRules.core_never_touches_sql(BETTERTALK);

    @ArchTest
    static final ArchRule core_reads_time_from_its_clock = HexagonRules.core_reads_time_from_its_clock(BETTERTALK);

    @ArchTest
    static final ArchRule features_have_no_cycles = HexagonRules.features_have_no_cycles(BETTERTALK);

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other =
            HexagonRules.adapters_do_not_depend_on_each_other(BETTERTALK);

    @ArchTest
    static final ArchRule only_the_cli_sees_adapters = HexagonRules.only_the_cli_sees_adapters(BETTERTALK);

    @ArchTest
    static final ArchRule display_depends_only_on_core_and_the_jdk =
            HexagonRules.display_depends_only_on_core_and_the_jdk(BETTERTALK);

    @ArchTest
    static final ArchRule only_web_notifications_and_the_cli_use_display =
            HexagonRules.only_web_notifications_and_the_cli_use_display(BETTERTALK);

    @ArchTest
    static final ArchRule nothing_depends_on_the_cli = HexagonRules.nothing_depends_on_the_cli(BETTERTALK);

    @ArchTest
    static final ArchRule ports_are_interfaces = HexagonRules.ports_are_interfaces(BETTERTALK);

    @ArchTest
    static final ArchRule use_cases_are_final = HexagonRules.use_cases_are_final(BETTERTALK);

    @ArchTest
    static final ArchRule use_cases_have_exactly_one_public_action =
            HexagonRules.use_cases_have_exactly_one_public_action(BETTERTALK);

    @ArchTest
    static final ArchRule core_names_no_class_impl_port_repository_service_manager_or_util =
            HexagonRules.core_names_no_class_impl_port_repository_service_manager_or_util(BETTERTALK);
}
