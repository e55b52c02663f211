package app.bettertalk.web.help;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A line to call in a crisis: who answers, the number as shown, the number a phone dials, and what it is for. */
public record Helpline(String name, String number, String dial, String about) {
    private static final Pattern NUMBER = Pattern.compile("\\+?[0-9][0-9 ()-]{1,24}");
    private static final int MAX_LINES = 10;

    /** India's free national lines; the first is the mental-health line, answered 24x7 in many languages. */
    public static final List<Helpline> INDIA = List.of(
            new Helpline("Tele-MANAS", "14416", "14416",
                    "Free, 24x7, from any phone in India; trained counsellors in many Indian languages."),
            new Helpline("Tele-MANAS (toll-free)", "1-800-891-4416", "18008914416",
                    "The same service on a toll-free number."),
            new Helpline("Emergency", "112", "112",
                    "Police, ambulance and fire, if you or someone else is in danger right now."));

    /**
     * The lines a setting names, in its order: entries {@code name|number|what it is for} (the last part optional)
     * separated by {@code ;}, at most ten; anything else is an {@code IllegalArgumentException} saying what is wrong.
     */
    public static List<Helpline> listed(String setting) {
        var lines = new ArrayList<Helpline>();
        for (var entry : setting.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            var parts = entry.split("\\|", -1);
            if (parts.length < 2 || parts.length > 3) {
                throw new IllegalArgumentException("each helpline is name|number|what it is for, not "
                        + entry.strip());
            }
            var name = parts[0].strip();
            var number = parts[1].strip();
            var about = parts.length == 3 ? parts[2].strip() : "";
            if (name.isEmpty() || name.length() > 60 || about.length() > 200) {
                throw new IllegalArgumentException("a helpline's name is 1 to 60 characters and what it is for at "
                        + "most 200, not " + entry.strip());
            }
            if (!NUMBER.matcher(number).matches()) {
                throw new IllegalArgumentException("a helpline's number is digits, spaces, - and ( ), optionally "
                        + "after +, not " + number);
            }
            lines.add(new Helpline(name, number, number.replaceAll("[^+0-9]", ""), about));
        }
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("name 1 to " + MAX_LINES + " helplines");
        }
        return List.copyOf(lines);
    }
}
