package app.bettertalk.core.mentor;

import java.util.List;
import java.util.Objects;

/**
 * A mentor's public page: their public name ({@link Mentor#publicName()}), their profile, the version of their photo
 * ({@code photoVersion}, empty when they have none) and the plans the viewer may see (active ones; all of them for
 * the mentor themselves and admins), each saying whether the viewer may book it.
 */
public record MentorPage(Mentor mentor, String name, List<ShownPlan> shown, boolean viewerIsMentor,
                         String photoVersion) {
    public MentorPage {
        shown = List.copyOf(shown);
        Objects.requireNonNull(photoVersion, "photoVersion");
    }

    /** The plans shown, in order. */
    public List<Plan> plans() {
        return shown.stream().map(ShownPlan::plan).toList();
    }

    public boolean hasPhoto() {
        return !photoVersion.isEmpty();
    }

    /**
     * A plan on the page. {@code bookable}: {@code BookPlan} would book it for the viewer, by the same rule
     * ({@link app.bettertalk.core.access.AccessPolicy#mayBook}), so a page offers the Book link exactly then.
     * {@code bookableOnceSignedIn}: the viewer has not signed in (or onboarded) yet and could book it once they have
     * ({@link app.bettertalk.core.access.AccessPolicy#mayBookOnceSignedIn}), so the page asks them to sign in.
     */
    public record ShownPlan(Plan plan, boolean bookable, boolean bookableOnceSignedIn) {
        public ShownPlan {
            Objects.requireNonNull(plan, "plan");
        }
    }
}
