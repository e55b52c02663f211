package app.bettertalk.core.booking;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.notification.Outbox;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Confirms a paid booking: the gateway vouches for the payment against the booking's checkout order, outside any
 * transaction; then, in one unit of work under the booking's lock, the booking becomes CONFIRMED, its order is marked
 * paid, the pair's chat is opened or extended by the booked days, and the emails are queued. Reopening a chat whose
 * window has ended also expires the pair's earlier confirmed bookings, whose days are used up, and invites their
 * member to review them, as the sweep would. Confirming again with the same payment returns the same result and
 * changes nothing.
 */
@UseCase
public final class ConfirmBooking {
    private static final String REFERENCE_USED = "payment_reference_used";

    private final Bookings bookings;
    private final ChatThreads threads;
    private final Users users;
    private final PaymentGateway payments;
    private final PaymentLedger ledger;
    private final OpenCheckout checkout;
    private final Outbox outbox;
    private final ReviewInvitations invitations;
    private final RefundRequests refunds;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ConfirmBooking(Bookings bookings, ChatThreads threads, Users users, PaymentGateway payments,
                          PaymentLedger ledger, Outbox outbox, AccessPolicy access, UnitOfWork unitOfWork,
                          Clock clock) {
        this.bookings = bookings;
        this.threads = threads;
        this.users = users;
        this.payments = payments;
        this.ledger = ledger;
        this.checkout = new OpenCheckout(bookings, ledger, payments, access, clock);
        this.outbox = outbox;
        this.invitations = new ReviewInvitations(users, outbox);
        this.refunds = new RefundRequests(ledger, payments, unitOfWork, clock);
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link ConfirmBooking}: the payment reference the provider gave for it. */
    public record Command(Actor actor, BookingId booking, String paymentReference) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(booking, "booking");
            paymentReference = Booking.checkedPaymentReference(paymentReference);
        }
    }

    public Confirmation confirm(Command command) {
        var booking = bookings.byId(command.booking()).orElseThrow(() -> new DomainException.NotFound("booking"));
        access.requireBookingPayer(command.actor(), booking);
        if (!booking.paymentReference().equals(command.paymentReference())) {
            booking.confirm(command.paymentReference(), clock.instant());
            // Read without the lock: a concurrent confirmation of this same booking may have stored it meanwhile.
            if (bookings.byPaymentReference(command.paymentReference())
                    .filter(other -> !other.id().equals(booking.id())).isPresent()) {
                throw referenceUsed();
            }
            // The provider is asked before the booking is locked, so a slow provider holds no lock and a deadlock
            // retry of the transaction below never asks it twice.
            var order = checkout.orderFor(booking);
            if (payments.verify(order, command.paymentReference()) instanceof PaymentVerdict.Refused refused) {
                throw new DomainException.Validation("paymentReference", "was not accepted: " + refused.reason());
            }
            try {
                return confirmPaid(booking.id(), command.paymentReference());
            } catch (DomainException.Conflict closedMeanwhile) {
                // Paid, but the booking was cancelled (or paid by another attempt) while the payer was at the
                // checkout: the money goes back.
                refundLatePayment(order, command.paymentReference(), closedMeanwhile);
                throw closedMeanwhile;
            }
        }
        return confirmPaid(booking.id(), command.paymentReference());
    }

    /**
     * Confirms a booking with a payment the provider has already vouched for (a signed webhook, reconciliation),
     * with no payer present. Under the booking's lock the state is checked again: a repeat of the confirming
     * payment gets the same answer, and a booking that no longer awaits payment is a {@code Conflict}.
     */
    Confirmation confirmPaid(BookingId id, String paymentReference) {
        return unitOfWork.inTransaction(() -> {
            // The booking's lock makes concurrent confirmations of it queue here and find it confirmed.
            var booking = bookings.lockById(id).orElseThrow(() -> new DomainException.NotFound("booking"));
            // A repeat of the payment that confirmed it (a retried webhook, a reloaded page) gets the same answer,
            // also after the sweep has expired the booking.
            if (booking.paymentReference().equals(paymentReference)) {
                var chat = threads.ofPair(booking.user(), booking.mentor()).orElseThrow();
                return new Confirmation(booking, chat, booking.stateAt(chat.window(), clock.instant()));
            }
            var confirmed = booking.confirm(paymentReference, clock.instant());
            if (bookings.byPaymentReference(paymentReference).isPresent()) {
                throw referenceUsed();
            }
            ledger.recordPaid(id, paymentReference, confirmed.updatedAt());
            return open(confirmed);
        });
    }

    /**
     * Records that a payment in full came for a booking that no longer awaited one, and owes it back (reconciliation
     * asks the provider for the refund); a payment that confirmed another booking is not this booking's to refund.
     */
    void refundLatePayment(CheckoutOrder order, String paymentId, DomainException.Conflict why) {
        if (REFERENCE_USED.equals(why.reason())) {
            return;
        }
        ledger.recordFailure(order.orderId(), paymentId, SettlePayment.PAID_TOO_LATE, clock.instant());
        bookings.byId(order.booking()).ifPresent(booking -> refunds.owe(Refund.owed(booking, paymentId,
                order.amount(), Refund.Reason.PAID_AFTER_CLOSE, clock.instant())));
    }

    private static DomainException referenceUsed() {
        return new DomainException.Conflict(REFERENCE_USED,
                "That payment reference already confirmed another booking.");
    }

    private Confirmation open(Booking confirmed) {
        var now = confirmed.updatedAt();
        var thread = threads.lockOrOpen(
                ChatThread.unopened(ChatId.random(), confirmed.user(), confirmed.mentor(), now));
        var extended = thread.acceptsMessagesAt(now);
        if (!extended) {
            // The window has ended, so what the pair's confirmed bookings paid for is used up. Expiring them here,
            // under the thread's lock and before this booking is stored as CONFIRMED, gives the same result whether
            // the sweep reached the pair first or finds the chat reopened and leaves it alone; so does the
            // invitation to review the ended window, which the sweep will not see.
            var ended = bookings.confirmedOf(List.of(thread));
            bookings.expireConfirmedOf(List.of(thread), now);
            invitations.queue(ended, now);
        }
        bookings.update(confirmed);
        var opened = thread.extendedBy(confirmed.chatWindowDays(), now);
        threads.update(opened);
        queueEmails(confirmed, opened, extended, now);
        return new Confirmation(confirmed, opened, confirmed.stateAt(opened.window(), now));
    }

    private void queueEmails(Booking booking, ChatThread chat, boolean extended, Instant now) {
        var chatId = chat.id().value();
        outbox.queue(new Email.BookingConfirmed(booking.user(), booking.id().value(), chatId,
                nameOf(booking.mentor()), booking.planTitle(), booking.price(), booking.chatWindowDays()), now);
        outbox.queue(new Email.ChatOpened(booking.user(), booking.id().value(), chatId, nameOf(booking.mentor()),
                chat.endsAt(), extended), now);
        outbox.queue(new Email.ChatOpened(booking.mentor(), booking.id().value(), chatId, nameOf(booking.user()),
                chat.endsAt(), extended), now);
    }

    private String nameOf(UserId person) {
        return users.byId(person).map(User::publicName).orElse("");
    }
}
