package app.bettertalk.core.booking;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

/** One booking's line of the payment ledger, for an admin. */
@UseCase
public final class ShowPayment {
    private final PaymentLedger ledger;
    private final AccessPolicy access;

    public ShowPayment(PaymentLedger ledger, AccessPolicy access) {
        this.ledger = ledger;
        this.access = access;
    }

    public PaymentRecord ofBooking(Actor actor, BookingId booking) {
        access.requireAdmin(actor);
        return ledger.ofBooking(booking).orElseThrow(() -> new DomainException.NotFound("payment for that booking"));
    }
}
