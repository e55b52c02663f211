package app.bettertalk.web.mentor;

import app.bettertalk.core.mentor.MentorPage;

import java.util.List;
import java.util.Locale;

/**
 * A mentor's public page, display-ready: the photo's URL ({@code photoUrl}, empty without a photo, when the initials
 * stand in), experience worded, plans as cards.
 */
public record MentorProfileView(String id, String name, String initials, String photoUrl, String headline,
                                String bio, List<String> expertise, List<String> languages, String experience,
                                boolean verified, boolean own, List<PlanCard> plans) {

    /** {@code signedIn}: the viewer has a session (see {@link PlanCard#of}). */
    static MentorProfileView of(MentorPage page, boolean signedIn) {
        var mentor = page.mentor();
        var id = mentor.id().toString();
        var years = mentor.experienceYears();
        return new MentorProfileView(id, page.name(), initials(page.name()),
                page.hasPhoto() ? photoUrl(id, page.photoVersion()) : "", mentor.headline(), mentor.bio(),
                mentor.expertise(), mentor.languages(), years > 0 ? years + (years == 1 ? " year" : " years") : "",
                mentor.verified(), page.viewerIsMentor(),
                page.shown().stream().map(shown -> PlanCard.of(shown, id, signedIn)).toList());
    }

    /** Where a mentor's photo is served; the version makes each picture's URL its own, so it is cached for good. */
    public static String photoUrl(String mentorId, String version) {
        return "/mentors/" + mentorId + "/photo?v=" + version;
    }

    /** Up to two letters from the first words of the name ({@code "Ravi Kumar"} → {@code "RK"}), else "?". */
    static String initials(String name) {
        var letters = new StringBuilder();
        for (var word : name.strip().split("[\\s_.-]+")) {
            if (!word.isEmpty() && letters.codePointCount(0, letters.length()) < 2) {
                letters.appendCodePoint(word.codePointAt(0));
            }
        }
        return letters.isEmpty() ? "?" : letters.toString().toUpperCase(Locale.ROOT);
    }
}
