package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.Text;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * Something a mentor sells: a chat window of {@code chatWindowDays} days (1 to 90), optionally with a live session
 * of {@code liveSessionMinutes} (0 means none), for {@code price}, under {@code cancellationRule}.
 */
public record Plan(PlanId id, UserId mentor, String title, String description, Paise price, int liveSessionMinutes,
                   int chatWindowDays, CancellationRule cancellationRule, boolean active, Instant createdAt,
                   Instant updatedAt) {
    public static final Paise MINIMUM_PRICE = Paise.ofRupees(1);
    public static final Paise MAXIMUM_PRICE = Paise.ofRupees(100_000);

    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mentor, "mentor");
        title = Text.required("title", title, 120);
        description = Text.optional("description", description, 2_000);
        Objects.requireNonNull(price, "price");
        if (price.compareTo(MINIMUM_PRICE) < 0 || price.compareTo(MAXIMUM_PRICE) > 0) {
            throw new DomainException.Validation("price", "must be from ₹1 to ₹1,00,000");
        }
        if (liveSessionMinutes < 0 || liveSessionMinutes > 240) {
            throw new DomainException.Validation("liveSessionMinutes", "must be 0 (none) to 240");
        }
        if (chatWindowDays < 1 || chatWindowDays > 90) {
            throw new DomainException.Validation("chatWindowDays", "must be 1 to 90");
        }
        Objects.requireNonNull(cancellationRule, "cancellationRule");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new plan is active: a mentor creates it to sell it. */
    public static Plan offered(PlanId id, UserId mentor, Terms terms, Instant at) {
        return new Plan(id, mentor, terms.title(), terms.description(), terms.price(), terms.liveSessionMinutes(),
                terms.chatWindowDays(), terms.cancellationRule(), true, at, at);
    }

    /** New terms apply to later bookings only; a booking keeps the price and days it was made with. */
    public Plan withTerms(Terms terms, Instant at) {
        return new Plan(id, mentor, terms.title(), terms.description(), terms.price(), terms.liveSessionMinutes(),
                terms.chatWindowDays(), terms.cancellationRule(), active, createdAt, at);
    }

    public Plan withActive(boolean newActive, Instant at) {
        return newActive == active ? this : new Plan(id, mentor, title, description, price, liveSessionMinutes,
                chatWindowDays, cancellationRule, newActive, createdAt, at);
    }

    /** What a mentor sets on a plan, checked by {@link Plan}'s constructor. */
    public record Terms(String title, String description, Paise price, int liveSessionMinutes, int chatWindowDays,
                        CancellationRule cancellationRule) {
        public Terms {
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(cancellationRule, "cancellationRule");
        }

        /** Terms under the default cancellation rule. */
        public Terms(String title, String description, Paise price, int liveSessionMinutes, int chatWindowDays) {
            this(title, description, price, liveSessionMinutes, chatWindowDays, CancellationRule.DEFAULT);
        }
    }
}
