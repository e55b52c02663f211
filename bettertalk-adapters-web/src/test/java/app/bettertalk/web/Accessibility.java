package app.bettertalk.web;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core's verdict on the page a browser shows, against WCAG 2.0, 2.1 and 2.2 at levels A and AA. axe is bundled
 * in its jar, so nothing is fetched.
 */
final class Accessibility {
    static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
            "wcag22aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    private Accessibility() {
    }

    /** Every serious or critical violation on the current page, one line each with the elements it found. */
    static List<String> seriousViolations(WebDriver driver) {
        var results = new AxeBuilder().withTags(WCAG_A_AND_AA).analyze(driver);
        if (results.isErrored()) {
            throw new AssertionError("axe could not check " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        return results.getViolations().stream().filter(rule -> FAILING_IMPACTS.contains(rule.getImpact()))
                .map(Accessibility::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + "): " + rule.getNodes().stream()
                .map(node -> node.getTarget() + " " + node.getHtml()).collect(Collectors.joining("; "));
    }
}
