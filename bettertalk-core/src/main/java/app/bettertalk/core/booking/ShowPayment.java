package app.bettertalk.core.booking;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One booking's lines of the payment ledger for an admin: its checkout order, any refunds, and every provider event
 * about them (each payment attempt the provider reported, failed ones too).
 */
@UseCase
public final class ShowPayment {
    private final PaymentLedger ledger;
    private final AccessPolicy access;

    public ShowPayment(PaymentLedger ledger, AccessPolicy access) {
        this.ledger = ledger;
        this.access = access;
    }

    /** A booking's checkout order, the refunds of its payments and the provider's events about them, oldest first. */
    public record History(PaymentRecord order, List<Refund> refunds, List<PaymentEvent> events) {
        public History {
            Objects.requireNonNull(order, "order");
            refunds = List.copyOf(refunds);
            events = List.copyOf(events);
        }
    }

    public History ofBooking(Actor actor, BookingId booking) {
        access.requireAdmin(actor);
        var order = ledger.ofBooking(booking)
                .orElseThrow(() -> new DomainException.NotFound("payment for that booking"));
        var refunds = ledger.refundsOf(booking);
        var payments = new ArrayList<String>(refunds.stream().map(Refund::paymentId).toList());
        if (!order.paymentId().isEmpty()) {
            payments.add(order.paymentId());
        }
        var events = order.orderId().isEmpty() ? List.<PaymentEvent>of()
                : ledger.eventsAbout(order.orderId(), payments);
        return new History(order, refunds, events);
    }
}
