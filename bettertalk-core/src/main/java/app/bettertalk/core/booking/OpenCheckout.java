package app.bettertalk.core.booking;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The provider's order for an unpaid booking, opened on first need and the same one ever after, so showing the
 * checkout again, in two tabs or after a failed attempt, never opens a second order. The provider is asked outside
 * any transaction, by the one caller that claimed the booking's order.
 */
@UseCase
public final class OpenCheckout {
    /** A claim older than this was left by a caller that never finished; the next caller may open the order. */
    static final Duration STALE_CLAIM = Duration.ofSeconds(30);

    private final Bookings bookings;
    private final PaymentLedger ledger;
    private final PaymentGateway gateway;
    private final AccessPolicy access;
    private final Clock clock;

    public OpenCheckout(Bookings bookings, PaymentLedger ledger, PaymentGateway gateway, AccessPolicy access,
                        Clock clock) {
        this.bookings = bookings;
        this.ledger = ledger;
        this.gateway = gateway;
        this.access = access;
        this.clock = clock;
    }

    /** Input of {@link OpenCheckout}. */
    public record Query(Actor actor, BookingId booking) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(booking, "booking");
        }
    }

    /**
     * What the payer's checkout shows: the order, and whether their latest attempt at paying it failed with no
     * payment since. A {@code Conflict("booking_…")} once the booking no longer awaits payment.
     */
    public Checkout open(Query query) {
        var booking = bookings.byId(query.booking()).orElseThrow(() -> new DomainException.NotFound("booking"));
        access.requireBookingPayer(query.actor(), booking);
        if (!booking.awaitsPayment()) {
            throw new DomainException.Conflict("booking_" + booking.status().name().toLowerCase(Locale.ROOT),
                    "This booking no longer awaits payment.");
        }
        var order = orderFor(booking);
        var failed = ledger.ofBooking(booking.id()).filter(record -> record.state() != PaymentRecord.State.PAID)
                .map(record -> !record.lastFailure().isEmpty()).orElse(false);
        return new Checkout(order, failed);
    }

    /** The booking's checkout: its order, and whether the last attempt at paying it failed. */
    public record Checkout(CheckoutOrder order, boolean lastAttemptFailed) {
    }

    /** The booking's order, opened now if it has none; for a booking its caller has already checked. */
    CheckoutOrder orderFor(Booking booking) {
        var stored = ledger.ofBooking(booking.id()).flatMap(PaymentRecord::order);
        if (stored.isPresent()) {
            return stored.get();
        }
        var now = clock.instant();
        if (!ledger.claimOrder(booking.id(), booking.price(), now, now.minus(STALE_CLAIM))) {
            return ledger.ofBooking(booking.id()).flatMap(PaymentRecord::order)
                    .orElseThrow(() -> new DomainException.Conflict("checkout_opening",
                            "This booking's checkout is being prepared. Reload the page in a moment."));
        }
        String orderId;
        try {
            orderId = gateway.openOrder(booking.id(), booking.price(), CheckoutOrder.CURRENCY);
        } catch (RuntimeException failed) {
            ledger.releaseClaim(booking.id());
            throw failed;
        }
        var order = new CheckoutOrder(booking.id(), orderId, booking.price(), CheckoutOrder.CURRENCY, now);
        ledger.recordOrder(order);
        return order;
    }
}
