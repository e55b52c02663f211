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
 * (self-harm risk, first in the queue), whether the thing is held back from everyone until a moderator approves it
 * (it said a watched word that holds), and once decided, the decision. A thing has at most one open case.
 *
 * @param copy  the reported text as it was: a post's or comment's content, a message's text, a profile's name and bio
 * @param place the group of a post or comment, the chat of a message; none for a profile
 */
public record ModerationCase(CaseId id, Subject subject, UserId author, String copy, Optional<UUID> place,
                             boolean crisis, boolean held, Instant openedAt, Optional<Decision> decision) {
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
        return new ModerationCase(id, subject, author, "", place, crisis, held, openedAt, decision);
    }

    public ModerationCase asCrisis() {
        return new ModerationCase(id, subject, author, copy, place, true, held, openedAt, decision);
    }

    /** This case holding its thing back until a moderator approves it. */
    public ModerationCase asHeld() {
        return new ModerationCase(id, subject, author, copy, place, crisis, true, openedAt, decision);
    }

    public ModerationCase decided(Decision made) {
        return new ModerationCase(id, subject, author, copy, place, crisis, held, openedAt, Optional.of(made));
    }
}
