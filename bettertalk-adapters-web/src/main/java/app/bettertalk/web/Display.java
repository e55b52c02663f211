package app.bettertalk.web;

/**
 * How counts look on a page, with their noun. Money and times are shared with the emails:
 * {@link app.bettertalk.display.Rupees} and {@link app.bettertalk.display.IndiaTime}.
 */
public final class Display {
    private Display() {
    }

    /** {@code 1 member}, {@code 12 members}. */
    public static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
