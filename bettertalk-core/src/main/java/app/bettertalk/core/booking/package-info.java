/**
 * Bookings of a mentor's plan and what paying for one does. Statuses move {@code PENDING -> CONFIRMED | CANCELLED}
 * and {@code CONFIRMED -> EXPIRED}, nothing else. A booking is priced from the plan when made; only active plans of
 * verified mentors, never one's own. Confirmation checks the payment through the {@link
 * app.bettertalk.core.booking.PaymentGateway}, opens or extends the pair's chat and queues the emails, all in one unit
 * of work; confirming the same booking or payment again returns the same result and never extends twice. The sweep
 * expires bookings whose chat has ended and marks those chats inactive.
 */
package app.bettertalk.core.booking;
