package app.bettertalk.core.booking;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.util.List;
import java.util.Objects;

/** One booking's lines of the payment ledger, its checkout order and any refunds, for an admin. */
@UseCase
public final class ShowPayment {
    private final PaymentLedger ledger;
    private final AccessPolicy access;

    public ShowPayment(PaymentLedger ledger, AccessPolicy access) {
        this.ledger = ledger;
        this.access = access;
    }

    /** A booking's checkout order and the refunds of its payments, oldest first. */
    public record History(PaymentRecord order, List<Refund> refunds) {
        public History {
            Objects.requireNonNull(order, "order");
            refunds = List.copyOf(refunds);
        }
    }

    public History ofBooking(Actor actor, BookingId booking) {
        access.requireAdmin(actor);
        var order = ledger.ofBooking(booking)
                .orElseThrow(() -> new DomainException.NotFound("payment for that booking"));
        return new History(order, ledger.refundsOf(booking));
    }
}
