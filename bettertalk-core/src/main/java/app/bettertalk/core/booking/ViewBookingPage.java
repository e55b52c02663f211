package app.bettertalk.core.booking;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatMessages;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.chat.SessionState;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Shows one booking's page (the summary before payment, the receipt and the way to the chat after) to the same
 * people {@link ViewBooking} shows it to: its user, its mentor and admins; to anyone else it does not exist.
 */
@UseCase
public final class ViewBookingPage {
    private final Bookings bookings;
    private final ChatThreads threads;
    private final ChatMessages messages;
    private final PaymentLedger ledger;
    private final Users users;
    private final AccessPolicy access;
    private final Clock clock;

    public ViewBookingPage(Bookings bookings, ChatThreads threads, ChatMessages messages, PaymentLedger ledger,
                           Users users, AccessPolicy access, Clock clock) {
        this.bookings = bookings;
        this.threads = threads;
        this.messages = messages;
        this.ledger = ledger;
        this.users = users;
        this.access = access;
        this.clock = clock;
    }

    /** Input of {@link ViewBookingPage}. */
    public record Query(Actor actor, BookingId booking) {
        public Query {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(booking, "booking");
        }
    }

    public BookingPage view(Query query) {
        var actor = query.actor();
        var booking = bookings.byId(query.booking()).orElseThrow(() -> new DomainException.NotFound("booking"));
        access.requireBookingReader(actor, booking);
        var pairChat = threads.ofPair(booking.user(), booking.mentor());
        var state = pairChat.map(thread -> booking.stateAt(thread.window(), clock.instant()))
                .orElseGet(booking::stateWithoutChat);
        // Only a paid booking leads to the chat, and only its two participants (an admin reads no chat).
        var chat = pairChat.filter(thread -> booking.status().isPaid() && booking.includes(actor.id()))
                .map(ChatThread::id);
        var now = clock.instant();
        var memberMayCancel = pairChat.filter(thread -> RefundBooking.memberMayCancel(booking, thread, messages, now))
                .isPresent();
        var refund = booking.status() == BookingStatus.REFUNDED
                ? ledger.refundsOf(booking.id()).stream()
                        .filter(owed -> owed.paymentId().equals(booking.paymentReference())).findFirst()
                : Optional.<Refund>empty();
        return new BookingPage(booking, nameOf(booking.user()), nameOf(booking.mentor()), actor.is(booking.user()),
                access.isAskedToPay(actor, booking) && booking.awaitsPayment(), chat, state,
                access.mayReview(actor, booking, booking.status().isPaid(), state == SessionState.ENDED),
                booking.status().isPaid() && access.mayRefund(actor, booking, memberMayCancel), refund);
    }

    private String nameOf(UserId person) {
        return users.byId(person).map(User::publicName).orElse("");
    }
}
