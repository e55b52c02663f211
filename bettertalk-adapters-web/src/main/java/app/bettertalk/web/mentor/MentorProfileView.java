package app.bettertalk.web.mentor;

import app.bettertalk.core.mentor.MentorPage;

import java.util.List;
import java.util.Locale;

/** A mentor's public page, display-ready: initials for the avatar, experience worded, plans as cards. */
public record MentorProfileView(String id, String name, String initials, String headline, String bio,
                                List<String> expertise, List<String> languages, String experience, boolean verified,
                                boolean own, List<PlanCard> plans) {

    static MentorProfileView of(MentorPage page) {
        var mentor = page.mentor();
        var years = mentor.experienceYears();
        return new MentorProfileView(mentor.id().toString(), page.name(), initials(page.name()), mentor.headline(),
                mentor.bio(), mentor.expertise(), mentor.languages(),
                years > 0 ? years + (years == 1 ? " year" : " years") : "", mentor.verified(), page.viewerIsMentor(),
                page.shown().stream().map(PlanCard::of).toList());
    }

    /** Up to two letters from the first words of the name ({@code "Ravi Kumar"} → {@code "RK"}), else "?". */
    public static String initials(String name) {
        var letters = new StringBuilder();
        for (var word : name.strip().split("[\\s_.-]+")) {
            if (!word.isEmpty() && letters.codePointCount(0, letters.length()) < 2) {
                letters.appendCodePoint(word.codePointAt(0));
            }
        }
        return letters.isEmpty() ? "?" : letters.toString().toUpperCase(Locale.ROOT);
    }
}
