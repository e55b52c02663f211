package app.bettertalk.core.mentor;

import java.util.Objects;

/**
 * A mentor's photo as one viewer may see it. {@code shownToEveryone}: anyone at all may see it (a verified mentor's),
 * so shared caches may keep it; otherwise only its mentor and admins may, and it must be cached privately.
 */
public record ShownPhoto(MentorPhoto photo, boolean shownToEveryone) {
    public ShownPhoto {
        Objects.requireNonNull(photo, "photo");
    }
}
