package app.bettertalk.core.booking;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;

import java.util.List;
import java.util.Optional;

/** What an admin reads to follow money going back: the refunds, newest first, such as those that failed. */
@UseCase
public final class ListRefunds {
    private final PaymentLedger ledger;
    private final AccessPolicy access;

    public ListRefunds(PaymentLedger ledger, AccessPolicy access) {
        this.ledger = ledger;
        this.access = access;
    }

    /** At most {@code limit} refunds, optionally only those in one state. */
    public List<Refund> newest(Actor actor, Optional<Refund.State> state, int limit) {
        access.requireAdmin(actor);
        if (limit < 1 || limit > 10_000) {
            throw new DomainException.Validation("limit", "must be 1 to 10000");
        }
        return ledger.newestRefunds(state, limit);
    }
}
