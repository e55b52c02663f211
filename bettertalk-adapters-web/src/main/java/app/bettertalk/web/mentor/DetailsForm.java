package app.bettertalk.web.mentor;

import app.bettertalk.core.mentor.Mentor;
import app.bettertalk.web.Requests;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.List;

/**
 * The mentor profile form (apply and edit) as typed: the public name (left empty: the account's name on applying,
 * the current one on editing), tags and languages comma-separated, years of experience optional. Kept as text so a
 * refused form comes back exactly as it was typed.
 */
public record DetailsForm(String publicName, String headline, String bio, String expertise, String languages,
                          String experience) {
    static final DetailsForm EMPTY = new DetailsForm("", "", "", "", "", "");

    static DetailsForm typed(Context ctx) {
        return new DetailsForm(Requests.form(ctx, "publicName"), Requests.form(ctx, "headline"),
                Requests.form(ctx, "bio"),
                Requests.form(ctx, "expertise"), Requests.form(ctx, "languages"), Requests.form(ctx, "experience"));
    }

    static DetailsForm of(Mentor mentor) {
        var years = mentor.experienceYears();
        return new DetailsForm(mentor.publicName(), mentor.headline(), mentor.bio(),
                String.join(", ", mentor.expertise()),
                String.join(", ", mentor.languages()), years > 0 ? Integer.toString(years) : "");
    }

    /** The typed details for the core, which checks them; a year count that is not a number is refused here. */
    Mentor.Details details() {
        return new Mentor.Details(publicName, headline, bio, list(expertise), list(languages),
                FormNumbers.optional("experienceYears", experience, "a whole number of years"));
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }
}
