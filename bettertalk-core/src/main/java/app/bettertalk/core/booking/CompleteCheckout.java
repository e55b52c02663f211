package app.bettertalk.core.booking;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.util.Objects;

/**
 * The payer's return from the provider's checkout, naming the order they paid and the payment: confirms the
 * booking of that order exactly as {@link ConfirmBooking} does, asking the provider first. Someone else's order,
 * and an order that is not ours, is not found. The adapter checks the return's signature before it comes here.
 */
@UseCase
public final class CompleteCheckout {
    private final Bookings bookings;
    private final PaymentLedger ledger;
    private final ConfirmBooking confirmBooking;
    private final AccessPolicy access;

    public CompleteCheckout(Bookings bookings, PaymentLedger ledger, ConfirmBooking confirmBooking,
                            AccessPolicy access) {
        this.bookings = bookings;
        this.ledger = ledger;
        this.confirmBooking = confirmBooking;
        this.access = access;
    }

    /** Input of {@link CompleteCheckout}: the order and payment ids as the checkout returned them. */
    public record Command(Actor actor, String orderId, String paymentId) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(orderId, "orderId");
            paymentId = Booking.checkedPaymentReference(paymentId);
        }
    }

    public Confirmation complete(Command command) {
        var booking = ledger.ofOrder(command.orderId()).flatMap(record -> bookings.byId(record.booking()))
                .orElseThrow(() -> new DomainException.NotFound("booking"));
        access.requireBookingPayer(command.actor(), booking);
        return confirmBooking.confirm(new ConfirmBooking.Command(command.actor(), booking.id(), command.paymentId()));
    }
}
