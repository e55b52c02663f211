package app.bettertalk.core.moderation;

import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A moderator's decision on a case: the outcome, who decided and when, a note for other moderators (never shown to
 * the reporter or the author), and for a suspension when it ends.
 */
public record Decision(Outcome outcome, UserId moderator, Instant decidedAt, String note,
                       Optional<Instant> suspendedUntil) {
    public static final int MAX_NOTE = 2_000;

    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(moderator, "moderator");
        Objects.requireNonNull(decidedAt, "decidedAt");
        note = Text.optional("note", note, MAX_NOTE);
        Objects.requireNonNull(suspendedUntil, "suspendedUntil");
        if ((outcome == Outcome.SUSPENDED) != suspendedUntil.isPresent()) {
            throw new IllegalArgumentException("a suspension, and only a suspension, has an end");
        }
    }
}
