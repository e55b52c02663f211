package app.bettertalk.core.mentor;

import java.util.List;

/**
 * A mentor's public page: name (the display name they chose, else their anonymous username), their profile and the
 * plans the viewer may see (active ones; all of them for the mentor themselves and admins).
 */
public record MentorPage(Mentor mentor, String name, List<Plan> plans, boolean viewerIsMentor) {
    public MentorPage {
        plans = List.copyOf(plans);
    }
}
