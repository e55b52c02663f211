package app.bettertalk.core.booking;

import app.bettertalk.core.shared.Paise;

import java.time.Instant;
import java.util.Objects;

/**
 * Money owed back for one payment: a booking cancelled or refunded after it was paid, or a payment that arrived after
 * its booking was closed. {@code idempotencyKey} is fixed when the refund is opened, so every retry asks the provider
 * for the same refund and none can refund twice; {@code refundId} is the provider's, empty until it accepted one.
 */
public record Refund(String paymentId, BookingId booking, Paise amount, String idempotencyKey, State state,
                     Reason reason, String refundId, int attempts, String lastError, Instant createdAt,
                     Instant updatedAt) {
    /**
     * {@code REQUESTED} (owed, not yet accepted by the provider) → {@code PENDING} (accepted, money on its way) →
     * {@code PROCESSED}, or {@code FAILED} when the provider gave up on it. A state only ever moves forward.
     */
    public enum State {
        REQUESTED, PENDING, FAILED, PROCESSED;

        /** Whether a report of {@code next} moves a refund in this state forward. */
        public boolean advancesTo(State next) {
            return next.ordinal() > ordinal();
        }

        /** Still owed or on its way: reconciliation keeps asking about it. */
        public boolean inFlight() {
            return this == REQUESTED || this == PENDING;
        }
    }

    /** Why the money goes back. */
    public enum Reason {
        /** The member cancelled within the plan's cancellation rule. */
        CANCELLED_BY_MEMBER,
        /** The booking's mentor refunded it. */
        REFUNDED_BY_MENTOR,
        /** An admin refunded it. */
        REFUNDED_BY_ADMIN,
        /** Paid after the booking had been cancelled or paid already. */
        PAID_AFTER_CLOSE
    }

    public Refund {
        paymentId = Booking.checkedPaymentReference(paymentId);
        Objects.requireNonNull(booking, "booking");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        lastError = lastError.length() > 200 ? lastError.substring(0, 200) : lastError;
    }

    /**
     * A refund owed and not yet asked for. The booking's own payment is refunded under a key derived from the
     * booking; any other payment of it under one derived from that payment.
     */
    public static Refund owed(Booking booking, String paymentId, Paise amount, Reason reason, Instant at) {
        var hex = booking.id().value().toString().replace("-", "");
        var key = paymentId.equals(booking.paymentReference()) ? "bt_booking_" + hex : "bt_payment_" + paymentId;
        return new Refund(paymentId, booking.id(), amount, key, State.REQUESTED, reason, "", 0, "", at, at);
    }

    /** The provider's answer to asking for it, or a later report of it; a report that is not forward is ignored. */
    public Refund reported(GatewayRefund report, Instant at) {
        var id = refundId.isEmpty() ? report.id() : refundId;
        if (!state.advancesTo(report.status())) {
            return id.equals(refundId) ? this : with(state, id, attempts, lastError, at);
        }
        var error = report.status() == State.FAILED ? report.failure() : "";
        return with(report.status(), id, attempts, error, at);
    }

    /** One more attempt at asking the provider that did not get an answer; asked again later. */
    public Refund attemptFailed(String why, Instant at) {
        return with(state, refundId, attempts + 1, why, at);
    }

    /** One more attempt at asking the provider that got an answer, counted before the answer is applied. */
    public Refund attempted(Instant at) {
        return with(state, refundId, attempts + 1, "", at);
    }

    private Refund with(State newState, String newRefundId, int newAttempts, String error, Instant at) {
        return new Refund(paymentId, booking, amount, idempotencyKey, newState, reason, newRefundId, newAttempts,
                error, createdAt, at);
    }
}
