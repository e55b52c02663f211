package app.bettertalk.core.review;

import app.bettertalk.core.access.Participants;
import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's review of one paid booking with a mentor: stars, optional text, and the mentor's optional reply. The
 * member may change it for {@link #EDIT_WINDOW} after writing it, the mentor their reply for as long after posting
 * it; after that both stand as they are, so what readers see cannot be rewritten long after the fact.
 */
public record Review(ReviewId id, BookingId booking, UserId member, UserId mentor, Stars stars, String text,
                     Instant createdAt, Optional<Instant> editedAt, Optional<Reply> reply) implements Participants {
    /** How long a review (and, from its posting, a reply) can be changed. */
    public static final Duration EDIT_WINDOW = Duration.ofDays(14);
    /** The longest review text, and the longest reply, in characters. */
    public static final int MAX_TEXT = 2_000;

    public Review {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(stars, "stars");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(editedAt, "editedAt");
        Objects.requireNonNull(reply, "reply");
        if (member.equals(mentor)) {
            throw new IllegalArgumentException("nobody reviews themself");
        }
    }

    /** A new review, without a reply. */
    public static Review written(ReviewId id, BookingId booking, UserId member, UserId mentor, Stars stars,
                                 String text, Instant at) {
        return new Review(id, booking, member, mentor, stars, text, at, Optional.empty(), Optional.empty());
    }

    /** Review text as typed: stripped, empty when absent, at most {@link #MAX_TEXT} characters. */
    public static String checkedText(String text) {
        return Text.optional("text", text, MAX_TEXT);
    }

    /** Reply text as typed: stripped, not blank, at most {@link #MAX_TEXT} characters. */
    public static String checkedReply(String text) {
        return Text.required("text", text, MAX_TEXT);
    }

    /** The person who wrote it, as a {@link Participants} user. */
    @Override
    public UserId user() {
        return member;
    }

    public Instant editableUntil() {
        return createdAt.plus(EDIT_WINDOW);
    }

    public boolean editableAt(Instant now) {
        return now.isBefore(editableUntil());
    }

    /** The member's new stars and text; the same ones again change nothing, not even {@code editedAt}. */
    public Review edit(Stars newStars, String newText, Instant at) {
        if (!editableAt(at)) {
            throw new DomainException.Conflict("review_locked", "A review can be changed for "
                    + EDIT_WINDOW.toDays() + " days after it is written; this one can no longer be changed.");
        }
        if (newStars.equals(stars) && newText.equals(text)) {
            return this;
        }
        return new Review(id, booking, member, mentor, newStars, newText, createdAt, Optional.of(at), reply);
    }

    /** Whether the mentor may post a reply, or change theirs, at {@code now}. */
    public boolean replyableAt(Instant now) {
        return reply.map(posted -> now.isBefore(posted.repliedAt().plus(EDIT_WINDOW))).orElse(true);
    }

    /** The mentor's reply: posted the first time, changed within its window; the same text again changes nothing. */
    public Review replied(String replyText, Instant at) {
        if (!replyableAt(at)) {
            throw new DomainException.Conflict("reply_locked", "A reply can be changed for "
                    + EDIT_WINDOW.toDays() + " days after it is posted; this one can no longer be changed.");
        }
        if (reply.filter(posted -> posted.text().equals(replyText)).isPresent()) {
            return this;
        }
        var next = reply.map(posted -> new Reply(replyText, posted.repliedAt(), Optional.of(at)))
                .orElseGet(() -> new Reply(replyText, at, Optional.empty()));
        return new Review(id, booking, member, mentor, stars, text, createdAt, editedAt, Optional.of(next));
    }
}
