/**
 * Bookings of a mentor's plan and what paying for one does. Statuses move {@code PENDING -> CONFIRMED | CANCELLED},
 * {@code CONFIRMED -> EXPIRED | REFUNDED} and {@code EXPIRED -> REFUNDED}, nothing else. A booking is priced from the plan when made; only active plans of
 * verified mentors, never one's own. Confirmation checks the payment through the {@link
 * app.bettertalk.core.booking.PaymentGateway}, opens or extends the pair's chat and queues the emails, all in one unit
 * of work; confirming the same booking or payment again returns the same result and never extends twice. The sweep
 * expires bookings whose chat has ended and marks those chats inactive. A refund calls a paid booking off, takes its
 * days off a still-open chat window, and owes its payment back through the ledger's {@link
 * app.bettertalk.core.booking.Refund}, asked of the provider outside any transaction and again until it answers.
 */
package app.bettertalk.core.booking;
