package app.bettertalk.core.booking;

import app.bettertalk.core.shared.Paise;
import app.bettertalk.core.shared.Port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every checkout order, the payment that paid it, the last failed attempt, and every provider event received: what
 * an operator reads to follow money. A booking has at most one order, an order id and a payment id one booking each,
 * and an event id is recorded once, all enforced by the store (unique keys). Holds no card or bank data.
 */
@Port
public interface PaymentLedger {
    Optional<PaymentRecord> ofBooking(BookingId booking);

    Optional<PaymentRecord> ofOrder(String orderId);

    /**
     * Claims the right to open the booking's order for {@code amount} with the provider: true for exactly one
     * caller, or for a caller replacing a claim made before {@code staleBefore} by one that never finished.
     * Committed at once.
     */
    boolean claimOrder(BookingId booking, Paise amount, Instant at, Instant staleBefore);

    /** Stores the order the claimant opened. Committed at once. */
    void recordOrder(CheckoutOrder order);

    /** Gives up a claim whose order could not be opened, so the next attempt may claim it. */
    void releaseClaim(BookingId booking);

    /** Marks the booking's order paid by that payment, inside the confirming unit of work. */
    void recordPaid(BookingId booking, String paymentId, Instant at);

    /** Keeps the latest failed attempt at paying an order, which the booking page shows until one succeeds. */
    void recordFailure(String orderId, String paymentId, String reason, Instant at);

    /**
     * Notes that a provider event arrived; false if an event with that id was recorded before, so a redelivery
     * changes nothing. Committed at once.
     */
    boolean recordEvent(PaymentEvent event);

    /** The events about an order or any of those payments, oldest first: what an operator reads of one booking. */
    List<PaymentEvent> eventsAbout(String orderId, List<String> paymentIds);

    /** Removes an event whose handling failed, so that its redelivery is handled. Committed at once. */
    void forgetEvent(String eventId);

    /** Orders opened in {@code [from, before)} and not paid, oldest first: what reconciliation asks about. */
    List<PaymentRecord> unpaidOpenedBetween(Instant from, Instant before, int limit);

    /** The newest records first, optionally only those in one state. */
    List<PaymentRecord> newest(Optional<PaymentRecord.State> state, int limit);

    /**
     * Opens the refund owed for a payment, inside the caller's unit of work: false when that payment has a refund
     * already (the store's key), so money is owed back once at most.
     */
    boolean openRefund(Refund refund);

    /** The refund of that payment, locked inside the caller's unit of work until it ends. */
    Optional<Refund> lockRefund(String paymentId);

    /** Stores what changed of a refund opened before. */
    void updateRefund(Refund refund);

    /** Every refund of a booking's payments, oldest first. */
    List<Refund> refundsOf(BookingId booking);

    /**
     * Refunds to ask about again, oldest first: still owed and unchanged since before {@code requestedBefore}, or
     * accepted by the provider and unchanged since before {@code pendingBefore}.
     */
    List<Refund> refundsInFlight(Instant requestedBefore, Instant pendingBefore, int limit);

    /** The newest refunds first, optionally only those in one state. */
    List<Refund> newestRefunds(Optional<Refund.State> state, int limit);
}
