package app.bettertalk.core.safety;

import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A post or comment that said a watched word which flags or holds: what it is, who wrote it, the text, its group,
 * and the word, for moderators.
 */
public record WordConcern(Subject subject, UserId writer, String text, Optional<UUID> place, WatchedWord word,
                          Instant at) {
    public WordConcern {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(word, "word");
        Objects.requireNonNull(at, "at");
    }

    /** Whether the text waits for a moderator's approval before anyone else sees it. */
    public boolean held() {
        return word.action() == WordAction.HOLD;
    }
}
