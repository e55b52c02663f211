package app.bettertalk.core.booking;

import app.bettertalk.core.access.Participants;
import app.bettertalk.core.chat.ChatWindow;
import app.bettertalk.core.chat.SessionState;
import app.bettertalk.core.mentor.CancellationRule;
import app.bettertalk.core.mentor.PlanId;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A user's purchase of a mentor's plan, with the title, price, chat days and cancellation rule the plan had when it
 * was booked. {@code paymentReference} is empty until the booking is confirmed.
 */
public record Booking(BookingId id, UserId user, UserId mentor, PlanId plan, String planTitle, Paise price,
                      int chatWindowDays, CancellationRule cancellationRule, BookingStatus status,
                      String paymentReference, Instant createdAt, Instant updatedAt) implements Participants {
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_.:-]{1,100}");

    public Booking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(mentor, "mentor");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(planTitle, "planTitle");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(cancellationRule, "cancellationRule");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(paymentReference, "paymentReference");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (chatWindowDays < 1) {
            throw new IllegalArgumentException("a booking buys at least one chat day");
        }
        if (status.carriesPayment() == paymentReference.isEmpty()) {
            throw new IllegalArgumentException("a paid or refunded booking has a payment reference, no other");
        }
    }

    public static Booking pending(BookingId id, UserId user, UserId mentor, PlanId plan, String planTitle,
                                  Paise price, int chatWindowDays, CancellationRule cancellationRule,
                                  Instant at) {
        return new Booking(id, user, mentor, plan, planTitle, price, chatWindowDays, cancellationRule,
                BookingStatus.PENDING, "", at, at);
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
     * Where the booking stands at {@code now}, given its pair's chat window: a confirmed booking has ended as soon as
     * that window has, before the sweep marks it expired. Pending and cancelled bookings never depend on the window.
     */
    public SessionState stateAt(ChatWindow pairChat, Instant now) {
        return switch (status) {
            case PENDING -> SessionState.AWAITING_PAYMENT;
            case CONFIRMED -> pairChat.isOpenAt(now) ? SessionState.ACTIVE : SessionState.ENDED;
            case CANCELLED -> SessionState.CANCELLED;
            case EXPIRED -> SessionState.ENDED;
            case REFUNDED -> SessionState.REFUNDED;
        };
    }

    /** Where a booking stands whose pair has no chat, as a new one ({@link BookPlan}'s): nothing paid is open. */
    public SessionState stateWithoutChat() {
        return stateAt(ChatWindow.unopened(createdAt), createdAt);
    }

    public Booking confirm(String reference, Instant at) {
        return moveTo(BookingStatus.CONFIRMED, checkedPaymentReference(reference), at);
    }

    /**
     * When a confirmed booking was paid and its days began to count: a confirmed booking changes no more until it
     * expires or is refunded, so its last change is its confirmation. Empty for a booking in any other state.
     */
    public Optional<Instant> confirmedAt() {
        return status == BookingStatus.CONFIRMED ? Optional.of(updatedAt) : Optional.empty();
    }

    /** A paid booking called off, confirmed or expired, its money owed back; its reference stays for the refund. */
    public Booking refund(Instant at) {
        return moveTo(BookingStatus.REFUNDED, paymentReference, at);
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
        return new Booking(id, user, mentor, plan, planTitle, price, chatWindowDays, cancellationRule, next,
                reference, createdAt, at);
    }
}
