package app.bettertalk.core.moderation;

import app.bettertalk.core.safety.Subject;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything moderators hold about one reported thing: whose it is, a copy of it as it was when first reported (so
 * an edit or a hide cannot change what was judged), where it was (the group or the chat), whether it is a crisis
 * (self-harm risk, first in the queue), and once decided, the decision. A thing has at most one open case.
 *
 * @param copy  the reported text as it was: a post's or comment's content, a message's text, a profile's name and bio
 * @param place the group of a post or comment, the chat of a message; none for a profile
 */
public record ModerationCase(CaseId id, Subject subject, UserId author, String copy, Optional<UUID> place,
                             boolean crisis, Instant openedAt, Optional<Decision> decision) {
    public ModerationCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(decision, "decision");
    }

    public boolean open() {
        return decision.isEmpty();
    }

    /** The case without its copy, for a reader who has not asked to read a private message. */
    public ModerationCase withoutCopy() {
        return new ModerationCase(id, subject, author, "", place, crisis, openedAt, decision);
    }

    public ModerationCase asCrisis() {
        return new ModerationCase(id, subject, author, copy, place, true, openedAt, decision);
    }

    public ModerationCase decided(Decision made) {
        return new ModerationCase(id, subject, author, copy, place, crisis, openedAt, Optional.of(made));
    }
}
