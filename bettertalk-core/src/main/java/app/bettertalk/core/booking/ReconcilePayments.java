package app.bettertalk.core.booking;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.JobLocks;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * The job that makes sure no payment is lost when a webhook never comes: asks the provider about every order still
 * unpaid some minutes after it was opened and settles what it reports, exactly as the webhook would have; then
 * cancels the bookings left unpaid past the payment time, asking the provider first so that a payment made at the
 * last minute confirms its booking instead; and asks again for the refunds still owed or on their way. One run at a
 * time holds the job's lease; an unreachable provider skips what it could not be asked about until the next run.
 */
@UseCase
public final class ReconcilePayments {
    static final String JOB = "payments.reconcile";
    private static final Duration LEASE = Duration.ofMinutes(5);
    /** How long after it was opened an order is still asked about: long past any payment a member could still make. */
    private static final Duration ASK_FOR = Duration.ofHours(24);
    /** A refund still owed is asked for again after this long without an answer (its first ask was at once). */
    static final Duration ASK_AGAIN_FOR_REFUND = Duration.ofMinutes(1);
    /**
     * A refund the provider accepted is looked up this long after the last look: refunds take days, and the
     * provider's webhook usually reports them first.
     */
    static final Duration REFUND_PENDING_FOR = Duration.ofMinutes(15);

    private final Bookings bookings;
    private final PaymentLedger ledger;
    private final PaymentGateway gateway;
    private final SettlePayment settle;
    private final RefundRequests refunds;
    private final JobLocks locks;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ReconcilePayments(Bookings bookings, PaymentLedger ledger, PaymentGateway gateway, SettlePayment settle,
                             JobLocks locks, UnitOfWork unitOfWork, Clock clock) {
        this.bookings = bookings;
        this.ledger = ledger;
        this.gateway = gateway;
        this.settle = settle;
        this.refunds = new RefundRequests(ledger, gateway, unitOfWork, clock);
        this.locks = locks;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /**
     * Input of {@link ReconcilePayments}: orders unpaid for {@code quietFor} are asked about; bookings unpaid for
     * {@code payWithin} are cancelled; at most {@code limit} of each per run.
     */
    public record Command(Duration quietFor, Duration payWithin, int limit) {
        public static final Duration QUIET_FOR = Duration.ofMinutes(15);
        public static final Duration PAY_WITHIN = Duration.ofMinutes(30);

        public Command {
            Objects.requireNonNull(quietFor, "quietFor");
            Objects.requireNonNull(payWithin, "payWithin");
            if (quietFor.isNegative() || payWithin.compareTo(Duration.ofMinutes(1)) < 0) {
                throw new DomainException.Validation("payWithin", "must be at least a minute");
            }
            if (limit < 1 || limit > 10_000) {
                throw new DomainException.Validation("limit", "must be 1 to 10000");
            }
        }
    }

    /**
     * What one run did; {@code ran} is false when another run held the job's lease. {@code refundsAsked}: refunds
     * still owed or on their way that the provider was asked about, of which {@code refundsProcessed} are now done
     * and {@code refundsFailed} failed for good; {@code unreachable} counts orders and refunds alike.
     */
    public record Report(boolean ran, int asked, int confirmed, int failuresRecorded, int paidTooLate,
                         int cancelled, int unreachable, int refundsAsked, int refundsProcessed, int refundsFailed) {
    }

    public Report reconcile(Command command) {
        var holder = UUID.randomUUID().toString();
        var now = clock.instant();
        if (!locks.tryLock(JOB, holder, now, LEASE)) {
            return new Report(false, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        try {
            var tally = new Tally();
            for (var record : ledger.unpaidOpenedBetween(now.minus(ASK_FOR), now.minus(command.quietFor()),
                    command.limit())) {
                record.order().ifPresent(order -> ask(order, tally));
            }
            for (var booking : bookings.pendingCreatedBefore(now.minus(command.payWithin()), command.limit())) {
                var order = ledger.ofBooking(booking.id()).flatMap(PaymentRecord::order);
                if (order.isPresent() && ask(order.get(), tally)) {
                    continue;
                }
                if (cancelIfStillPending(booking.id())) {
                    tally.cancelled++;
                }
            }
            for (var refund : ledger.refundsInFlight(now.minus(ASK_AGAIN_FOR_REFUND), now.minus(REFUND_PENDING_FOR),
                    command.limit())) {
                advance(refund, tally);
            }
            return new Report(true, tally.asked, tally.confirmed, tally.failures, tally.tooLate, tally.cancelled,
                    tally.unreachable, tally.refundsAsked, tally.refundsProcessed, tally.refundsFailed);
        } finally {
            locks.unlock(JOB, holder);
        }
    }

    /** Settles what the provider holds against the order; true if it confirmed the booking or could not be asked. */
    private boolean ask(CheckoutOrder order, Tally tally) {
        try {
            tally.asked++;
            var answered = false;
            for (var payment : gateway.paymentsOf(order.orderId())) {
                var reported = payment;
                if (payment.status() == GatewayPayment.Status.AUTHORIZED
                        && gateway.verify(order, payment.id()) instanceof PaymentVerdict.Paid) {
                    reported = new GatewayPayment(payment.id(), payment.orderId(), GatewayPayment.Status.CAPTURED,
                            payment.amount(), payment.currency());
                }
                switch (settle.settle(reported)) {
                    case CONFIRMED -> {
                        tally.confirmed++;
                        answered = true;
                    }
                    case FAILURE_RECORDED -> tally.failures++;
                    case PAID_TOO_LATE -> tally.tooLate++;
                    case NOT_YET_PAID, UNKNOWN_ORDER, MISMATCH, DUPLICATE -> { }
                }
            }
            return answered;
        } catch (PaymentGatewayUnavailable unreachable) {
            tally.unreachable++;
            return true;
        }
    }

    private void advance(Refund refund, Tally tally) {
        tally.refundsAsked++;
        var after = refunds.advance(refund);
        switch (after.state()) {
            case PROCESSED -> tally.refundsProcessed++;
            case FAILED -> tally.refundsFailed++;
            case REQUESTED, PENDING -> {
                if (after.attempts() > refund.attempts() && !after.lastError().isEmpty()
                        && after.state() == refund.state()) {
                    tally.unreachable++;
                }
            }
        }
    }

    private boolean cancelIfStillPending(BookingId id) {
        return unitOfWork.inTransaction(() -> {
            var booking = bookings.lockById(id).orElseThrow();
            if (!booking.awaitsPayment()) {
                return false;
            }
            bookings.update(booking.cancel(clock.instant()));
            return true;
        });
    }

    private static final class Tally {
        int asked;
        int confirmed;
        int failures;
        int tooLate;
        int unreachable;
        int cancelled;
        int refundsAsked;
        int refundsProcessed;
        int refundsFailed;
    }
}
