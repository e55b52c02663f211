package app.bettertalk.core.mentor;

import java.util.List;
import java.util.Objects;

/**
 * A mentor's public page: name (the display name they chose, else their anonymous username), their profile and the
 * plans the viewer may see (active ones; all of them for the mentor themselves and admins), each saying whether the
 * viewer may book it.
 */
public record MentorPage(Mentor mentor, String name, List<ShownPlan> shown, boolean viewerIsMentor) {
    public MentorPage {
        shown = List.copyOf(shown);
    }

    /** The plans shown, in order. */
    public List<Plan> plans() {
        return shown.stream().map(ShownPlan::plan).toList();
    }

    /**
     * A plan on the page. {@code bookable}: {@code BookPlan} would book it for the viewer, by the same rule
     * ({@link app.bettertalk.core.access.AccessPolicy#mayBook}), so a page offers the Book link exactly then.
     */
    public record ShownPlan(Plan plan, boolean bookable) {
        public ShownPlan {
            Objects.requireNonNull(plan, "plan");
        }
    }
}
