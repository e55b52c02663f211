package app.bettertalk.core.safety;

import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A text the crisis screen flagged and its writer sent anyway: what it is, who wrote it, the text, where (the group
 * or the chat) and what the screen matched, for moderators.
 */
public record Concern(Subject subject, UserId writer, String text, Optional<UUID> place, CrisisConcern matched,
                      Instant at) {
    public Concern {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(matched, "matched");
        Objects.requireNonNull(at, "at");
    }
}
