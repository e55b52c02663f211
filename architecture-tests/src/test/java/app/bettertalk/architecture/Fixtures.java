package app.bettertalk.architecture;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The broken worlds under {@code fixtures}, and what a rule says about one of them. */
final class Fixtures {
    private static final String FIXTURES = "app.bettertalk.architecture.fixtures";
    static final String LEAKY = FIXTURES + ".leaky";
    static final String CLOCK = FIXTURES + ".clock";
    static final String CYCLIC = FIXTURES + ".cyclic";
    static final String NAMING = FIXTURES + ".naming";
    static final String TANGLED = FIXTURES + ".tangled";
    static final String PORTS = FIXTURES + ".ports";
    static final String USE_CASES = FIXTURES + ".usecases";
    static final String FORMATTING = FIXTURES + ".formatting";

    private Fixtures() {
    }

    /** The rule checked against every class of one world, and nothing else. */
    static EvaluationResult evaluate(ArchRule rule, String world) {
        return rule.evaluate(new ClassFileImporter().importPackages(world));
    }

    static List<String> violations(EvaluationResult result) {
        return result.getFailureReport().getDetails();
    }

    /** A violation naming the type itself or one of its members, as ArchUnit writes them: {@code <a.B>}, {@code <a.B.m()>}. */
    static Predicate<String> mentioning(Class<?> type) {
        return mentionOf(type).asPredicate();
    }

    static Pattern mentionOf(Class<?> type) {
        return Pattern.compile("<" + Pattern.quote(type.getName()) + "[>.]");
    }
}
