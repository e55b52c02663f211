package app.bettertalk.architecture;

import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UseCase;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static java.util.stream.Collectors.joining;

/**
 * The rules of the hexagon, each built over a root package: {@code app.bettertalk} for the real code in
 * {@link HexagonTest}, a broken fixture's root in the tests proving each rule can fail. The adapter modules may still
 * be empty, so the rules about them accept an empty module and bite once it has classes. {@code icu} (what names look
 * like, by Unicode's data) is an adapter like the others, in a module of its own so only the CLI carries ICU's data;
 * so is {@code redis} (what several nodes share), which keeps Lettuce and Netty out of the rest.
 * {@code display} (how money and times look, shared by the pages and the emails) is neither core nor an adapter: it
 * builds on core alone, and only the adapters that show things to people, and the CLI, use it.
 */
final class HexagonRules {
    private HexagonRules() {
    }

    /** javax.crypto is the JDK's own (java.base), and what signs unsubscribe links; no other javax is. */
    static ArchRule core_depends_only_on_the_jdk(String root) {
        return classes().that().resideInAPackage(core(root))
                .should().onlyDependOnClassesThat().resideInAnyPackage(core(root), "java..", "javax.crypto..");
    }

    /** The JDK's own JDBC is still a database: storage belongs behind a port, in the mysql adapter. */
    static ArchRule core_never_touches_sql(String root) {
        return noClasses().that().resideInAPackage(core(root))
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..");
    }

    static ArchRule core_reads_time_from_its_clock(String root) {
        return noClasses().that().resideInAPackage(core(root))
                .should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .because("time comes from the Clock the core is given, so tests and sweeps control it");
    }

    static ArchRule features_have_no_cycles(String root) {
        return slices().matching(root + ".core.(*)..").should().beFreeOfCycles();
    }

    static ArchRule adapters_do_not_depend_on_each_other(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("mysql").definedBy(mysql(root))
                .layer("web").definedBy(web(root))
                .layer("notifications").definedBy(notifications(root))
                .layer("icu").definedBy(icu(root))
                .layer("redis").definedBy(redis(root))
                .whereLayer("mysql").mayNotAccessAnyLayer()
                .whereLayer("web").mayNotAccessAnyLayer()
                .whereLayer("notifications").mayNotAccessAnyLayer()
                .whereLayer("icu").mayNotAccessAnyLayer()
                .whereLayer("redis").mayNotAccessAnyLayer();
    }

    static ArchRule only_the_cli_sees_adapters(String root) {
        return layeredArchitecture().consideringAllDependencies().withOptionalLayers(true)
                .layer("mysql").definedBy(mysql(root))
                .layer("web").definedBy(web(root))
                .layer("notifications").definedBy(notifications(root))
                .layer("icu").definedBy(icu(root))
                .layer("redis").definedBy(redis(root))
                .layer("cli").definedBy(cli(root))
                .whereLayer("mysql").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("web").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("notifications").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("icu").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("redis").mayOnlyBeAccessedByLayers("cli");
    }

    static ArchRule display_depends_only_on_core_and_the_jdk(String root) {
        return classes().that().resideInAPackage(display(root))
                .should().onlyDependOnClassesThat().resideInAnyPackage(display(root), core(root), "java..")
                .because("the pages and the emails share it, so it may know neither of them nor any library")
                .allowEmptyShould(true);
    }

    /** Core is covered twice: {@link #core_depends_only_on_the_jdk} flags it too, since display is no JDK. */
    static ArchRule only_web_notifications_and_the_cli_use_display(String root) {
        return layeredArchitecture().consideringAllDependencies().withOptionalLayers(true)
                .layer("display").definedBy(display(root))
                .layer("web").definedBy(web(root))
                .layer("notifications").definedBy(notifications(root))
                .layer("cli").definedBy(cli(root))
                .whereLayer("display").mayOnlyBeAccessedByLayers("web", "notifications", "cli")
                .because("core stays free of presentation, and storage keeps values, not how people read them");
    }

    static ArchRule nothing_depends_on_the_cli(String root) {
        return noClasses().that().resideOutsideOfPackage(cli(root))
                .should().dependOnClassesThat().resideInAPackage(cli(root))
                .because("the CLI is the composition root: it wires everything and nothing reaches back into it");
    }

    static ArchRule ports_are_interfaces(String root) {
        return classes().that().resideInAPackage(root + "..").and().areAnnotatedWith(Port.class)
                .should().beInterfaces();
    }

    static ArchRule use_cases_are_final(String root) {
        return classes().that().resideInAPackage(root + "..").and().areAnnotatedWith(UseCase.class)
                .should().haveModifier(JavaModifier.FINAL);
    }

    static ArchRule use_cases_have_exactly_one_public_action(String root) {
        return classes().that().resideInAPackage(root + "..").and().areAnnotatedWith(UseCase.class)
                .should(haveExactlyOnePublicMethodBesidesObjects());
    }

    static ArchRule core_names_no_class_impl_port_repository_service_manager_or_util(String root) {
        return noClasses().that().resideInAPackage(core(root))
                .should().haveNameMatching(".*[.$][^.$]+(Impl|Port|Repository|Service|Manager|Util|Utils)")
                .because("ports are named in domain words for what they hold or do, and a use case for its action");
    }

    private static ArchCondition<JavaClass> haveExactlyOnePublicMethodBesidesObjects() {
        return new ArchCondition<>("have exactly one public method besides Object's, their action") {
            @Override
            public void check(JavaClass useCase, ConditionEvents events) {
                var actions = publicMethodsBesidesObjects(useCase);
                if (actions.size() != 1) {
                    events.add(SimpleConditionEvent.violated(useCase, "Class <%s> has %d public methods besides Object's: [%s]"
                            .formatted(useCase.getName(), actions.size(), String.join(", ", actions))));
                }
            }
        };
    }

    /** Signatures, so a method overridden along the class hierarchy counts once. */
    private static List<String> publicMethodsBesidesObjects(JavaClass type) {
        return type.getAllMethods().stream()
                .filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(method -> !method.getModifiers().contains(JavaModifier.SYNTHETIC))
                .filter(method -> !method.getModifiers().contains(JavaModifier.BRIDGE))
                .filter(method -> !method.getOwner().isEquivalentTo(Object.class))
                .filter(method -> !overridesObject(method))
                .map(HexagonRules::signature)
                .distinct()
                .sorted()
                .toList();
    }

    private static boolean overridesObject(JavaMethod method) {
        var parameters = method.getRawParameterTypes().stream().map(JavaClass::getName).toList();
        return Arrays.stream(Object.class.getDeclaredMethods())
                .anyMatch(own -> own.getName().equals(method.getName())
                        && Arrays.stream(own.getParameterTypes()).map(Class::getName).toList().equals(parameters));
    }

    private static String signature(JavaMethod method) {
        return method.getName() + method.getRawParameterTypes().stream()
                .map(JavaClass::getSimpleName).collect(joining(", ", "(", ")"));
    }

    private static String core(String root) {
        return root + ".core..";
    }

    private static String display(String root) {
        return root + ".display..";
    }

    private static String mysql(String root) {
        return root + ".mysql..";
    }

    private static String web(String root) {
        return root + ".web..";
    }

    private static String notifications(String root) {
        return root + ".notifications..";
    }

    private static String icu(String root) {
        return root + ".icu..";
    }

    private static String redis(String root) {
        return root + ".redis..";
    }

    private static String cli(String root) {
        return root + ".cli..";
    }
}
