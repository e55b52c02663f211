package app.bettertalk.core.booking;

import app.bettertalk.core.access.Participants;
import app.bettertalk.core.chat.ChatWindow;
import app.bettertalk.core.mentor.PlanId;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A user's purchase of a mentor's plan, with the title, price and chat days the plan had when it was booked.
 * {@code paymentReference} is empty until the booking is confirmed.
 */
public record Booking(BookingId id, UserId user, UserId mentor, PlanId plan, String planTitle, Paise price,
                      int chatWindowDays, BookingStatus status, String paymentReference, Instant createdAt,
                      Instant updatedAt) implements Participants {
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    public Booking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(planTitle, "planTitle");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(paymentReference, "paymentReference");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (chatWindowDays < 1) {
            throw new IllegalArgumentException("a booking buys at least one chat day");
        }
        if (status.isPaid() == paymentReference.isEmpty()) {
            throw new IllegalArgumentException("a confirmed or expired booking has a payment reference, no other");
        }
    }

    public static Booking pending(BookingId id, UserId user, UserId mentor, PlanId plan, String planTitle,
                                  Paise price, int chatWindowDays, Instant at) {
        return new Booking(id, user, mentor, plan, planTitle, price, chatWindowDays, BookingStatus.PENDING, "", at,
                at);
    }

    /** A payment reference as the payment provider issued it. */
    public static String checkedPaymentReference(String reference) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new DomainException.Validation("paymentReference",
                    "must be 1 to 100 letters, digits, '.', ':', '-' or '_'");
        }
        return reference;
    }

    /** Waiting for its payment: {@link #confirm} would take one, and {@link #cancel} still could call it off. */
    public boolean awaitsPayment() {
        return status.canMoveTo(BookingStatus.CONFIRMED);
    }

    /**
     * Whether the chat this booking paid for has ended at {@code now}, by the clock and not by the sweep: a paid
     * booking's days join the pair's one chat window ({@code pairWindow}), so they end when it does; an expired
     * booking's have ended; an unpaid booking bought none, so nothing of it ends.
     */
    public boolean chatEndedAt(ChatWindow pairWindow, Instant now) {
        return switch (status) {
            case EXPIRED -> true;
            case CONFIRMED -> !pairWindow.isOpenAt(now);
            case PENDING, CANCELLED -> false;
        };
    }

    public Booking confirm(String reference, Instant at) {
        return moveTo(BookingStatus.CONFIRMED, checkedPaymentReference(reference), at);
    }

    public Booking cancel(Instant at) {
        return moveTo(BookingStatus.CANCELLED, paymentReference, at);
    }

    /**
     * Only a confirmed booking expires. The sweep does not come through here: {@link Bookings#expireConfirmedOf}
     * moves a batch in one statement, its SQL restating this rule for speed, and {@code BookingsContract} checks
     * on every database target that the two agree for each status.
     */
    public Booking expire(Instant at) {
        return moveTo(BookingStatus.EXPIRED, paymentReference, at);
    }

    private Booking moveTo(BookingStatus next, String reference, Instant at) {
        if (!status.canMoveTo(next)) {
            var from = status.name().toLowerCase(Locale.ROOT);
            throw new DomainException.Conflict("booking_" + from,
                    "A " + from + " booking cannot become " + next.name().toLowerCase(Locale.ROOT) + ".");
        }
        return new Booking(id, user, mentor, plan, planTitle, price, chatWindowDays, next, reference, createdAt, at);
    }
}
