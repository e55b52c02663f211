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
 * Confirms a paid booking: the gateway vouches for the payment, the booking becomes CONFIRMED, the pair's chat is
 * opened or extended by the booked days, and the emails are queued, in one unit of work. Reopening a chat whose
 * window has ended also expires the pair's earlier confirmed bookings, whose days are used up, and invites their
 * member to review them, as the sweep would. Confirming again with the same payment returns the same result and
 * changes nothing.
 */
@UseCase
public final class ConfirmBooking {
    private final Bookings bookings;
    private final ChatThreads threads;
    private final Users users;
    private final PaymentGateway payments;
    private final Outbox outbox;
    private final ReviewInvitations invitations;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ConfirmBooking(Bookings bookings, ChatThreads threads, Users users, PaymentGateway payments, Outbox outbox,
                          AccessPolicy access, UnitOfWork unitOfWork, Clock clock) {
        this.bookings = bookings;
        this.threads = threads;
        this.users = users;
        this.payments = payments;
        this.outbox = outbox;
        this.invitations = new ReviewInvitations(users, outbox);
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
        return unitOfWork.inTransaction(() -> {
            // The booking's lock makes concurrent confirmations of it queue here and find it confirmed.
            var booking = bookings.lockById(command.booking())
                    .orElseThrow(() -> new DomainException.NotFound("booking"));
            access.requireBookingPayer(command.actor(), booking);
            // A repeat of the payment that confirmed it (a retried webhook, a reloaded page) gets the same answer,
            // also after the sweep has expired the booking.
            if (booking.paymentReference().equals(command.paymentReference())) {
                var chat = threads.ofPair(booking.user(), booking.mentor()).orElseThrow();
                return new Confirmation(booking, chat, booking.stateAt(chat.window(), clock.instant()));
            }
            var confirmed = booking.confirm(command.paymentReference(), clock.instant());
            if (bookings.byPaymentReference(command.paymentReference()).isPresent()) {
                throw new DomainException.Conflict("payment_reference_used",
                        "That payment reference already confirmed another booking.");
            }
            if (payments.verify(booking.id(), booking.price(), command.paymentReference())
                    instanceof PaymentVerdict.Refused refused) {
                throw new DomainException.Validation("paymentReference", "was not accepted: " + refused.reason());
            }
            return open(confirmed);
        });
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
