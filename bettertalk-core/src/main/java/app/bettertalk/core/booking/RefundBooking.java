package app.bettertalk.core.booking;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatId;
import app.bettertalk.core.chat.ChatMessages;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.notification.Email.BookingRefunded.RefundCause;
import app.bettertalk.core.notification.Outbox;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Calls off a paid booking and gives its price back: the member who booked may while the plan's cancellation rule
 * allows, its mentor and admins at any time. In one unit of work under the booking's lock it becomes REFUNDED, the
 * days it added to a chat window that is still open come off that window again, the refund is opened in the ledger
 * and both participants' emails are queued; then, outside it, the provider is asked for the refund. Refunding again
 * returns the same refund and changes nothing.
 */
@UseCase
public final class RefundBooking {
    private final Bookings bookings;
    private final ChatThreads threads;
    private final ChatMessages messages;
    private final Users users;
    private final PaymentLedger ledger;
    private final RefundRequests requests;
    private final Outbox outbox;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RefundBooking(Bookings bookings, ChatThreads threads, ChatMessages messages, Users users,
                         PaymentLedger ledger, PaymentGateway gateway, Outbox outbox, AccessPolicy access,
                         UnitOfWork unitOfWork, Clock clock) {
        this.bookings = bookings;
        this.threads = threads;
        this.messages = messages;
        this.users = users;
        this.ledger = ledger;
        this.requests = new RefundRequests(ledger, gateway, unitOfWork, clock);
        this.outbox = outbox;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link RefundBooking}. */
    public record Command(Actor actor, BookingId booking) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(booking, "booking");
        }
    }

    /** The refunded booking and its refund as far as the provider has answered. */
    public record Refunded(Booking booking, Refund refund) {
    }

    public Refunded refund(Command command) {
        var owed = unitOfWork.inTransaction(() -> {
            var booking = bookings.lockById(command.booking())
                    .orElseThrow(() -> new DomainException.NotFound("booking"));
            access.requireBookingReader(command.actor(), booking);
            if (booking.status() == BookingStatus.REFUNDED) {
                return new Owed(ledger.lockRefund(booking.paymentReference()).orElseThrow(), false);
            }
            if (!booking.status().isPaid()) {
                throw new DomainException.Conflict("booking_not_paid",
                        "Only a paid booking is refunded; one not paid for is simply cancelled.");
            }
            var now = clock.instant();
            var thread = threads.lockOrOpen(ChatThread.unopened(ChatId.random(), booking.user(), booking.mentor(),
                    now));
            access.requireMayRefund(command.actor(), booking, memberMayCancel(booking, thread, now));
            if (booking.status() == BookingStatus.CONFIRMED && thread.acceptsMessagesAt(now)) {
                // Its days are the last of the window or among them; the other bookings' days stay.
                threads.update(thread.shortenedBy(booking.chatWindowDays()));
            }
            var refunded = booking.refund(now);
            bookings.update(refunded);
            var cause = causeOf(command.actor(), booking);
            var refund = Refund.owed(booking, booking.paymentReference(), booking.price(), reasonOf(cause), now);
            ledger.openRefund(refund);
            queueEmails(booking, cause, now);
            return new Owed(refund, true);
        });
        // A repeat changes nothing: reconciliation moves on a refund opened before.
        var refund = owed.opened() ? requests.advance(owed.refund()) : owed.refund();
        return new Refunded(bookings.byId(command.booking()).orElseThrow(), refund);
    }

    private record Owed(Refund refund, boolean opened) {
    }

    /**
     * Whether the member may cancel a booking for a refund now: confirmed, its days still running, and within the
     * cancellation rule its plan had when it was booked.
     */
    static boolean memberMayCancel(Booking booking, ChatThread pairChat, ChatMessages messages, Instant now) {
        var openedAt = booking.confirmedAt();
        if (openedAt.isEmpty() || !pairChat.acceptsMessagesAt(now)) {
            return false;
        }
        var reply = messages.firstSentBy(pairChat.id(), booking.mentor(), openedAt.get());
        return booking.cancellationRule().memberMayCancel(openedAt.get(), reply, now);
    }

    private boolean memberMayCancel(Booking booking, ChatThread pairChat, Instant now) {
        return memberMayCancel(booking, pairChat, messages, now);
    }

    private static RefundCause causeOf(Actor actor, Booking booking) {
        if (actor.is(booking.mentor())) {
            return RefundCause.MENTOR_REFUNDED;
        }
        return actor.is(booking.user()) ? RefundCause.MEMBER_CANCELLED : RefundCause.ADMIN_REFUNDED;
    }

    private static Refund.Reason reasonOf(RefundCause cause) {
        return switch (cause) {
            case MEMBER_CANCELLED -> Refund.Reason.CANCELLED_BY_MEMBER;
            case MENTOR_REFUNDED -> Refund.Reason.REFUNDED_BY_MENTOR;
            case ADMIN_REFUNDED -> Refund.Reason.REFUNDED_BY_ADMIN;
        };
    }

    private void queueEmails(Booking booking, RefundCause cause, Instant now) {
        var id = booking.id().value();
        outbox.queue(new Email.BookingRefunded(booking.user(), id, nameOf(booking.mentor()), booking.planTitle(),
                booking.price(), cause, true), now);
        outbox.queue(new Email.BookingRefunded(booking.mentor(), id, nameOf(booking.user()), booking.planTitle(),
                booking.price(), cause, false), now);
    }

    private String nameOf(UserId person) {
        return users.byId(person).map(User::publicName).orElse("");
    }
}
