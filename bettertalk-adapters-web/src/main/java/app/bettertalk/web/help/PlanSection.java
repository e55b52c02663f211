package app.bettertalk.web.help;

/** One section of a safety plan as the help page shows it: its form field, heading, a hint, and the text in it. */
public record PlanSection(String field, String title, String hint, String text) {
}
