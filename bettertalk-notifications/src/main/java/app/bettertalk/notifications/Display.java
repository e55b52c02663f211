package app.bettertalk.notifications;

/**
 * How the templates show names and spans of days. Money and times are shared with the pages:
 * {@link app.bettertalk.display.Rupees} and {@link app.bettertalk.display.IndiaTime}.
 */
public final class Display {
    private Display() {
    }

    /** A person's public name on one line; "someone" when there is none to show. */
    public static String name(String publicName) {
        var oneLine = publicName == null ? "" : publicName.replaceAll("\\s+", " ").strip();
        return oneLine.isEmpty() ? "someone" : oneLine;
    }

    public static String days(int count) {
        return count == 1 ? "1 day" : count + " days";
    }
}
