package app.bettertalk.core.booking;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.ChatThreads;
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
    private final Users users;
    private final AccessPolicy access;
    private final Clock clock;

    public ViewBookingPage(Bookings bookings, ChatThreads threads, Users users, AccessPolicy access, Clock clock) {
        this.bookings = bookings;
        this.threads = threads;
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
        // Only a paid booking leads to the chat, and only its two participants (an admin reads no chat).
        Optional<ChatThread> chat = booking.status().isPaid() && booking.includes(actor.id())
                ? threads.ofPair(booking.user(), booking.mentor()) : Optional.empty();
        var chatEnded = chat.map(thread -> booking.chatEndedAt(thread.window(), clock.instant())).orElse(false);
        return new BookingPage(booking, nameOf(booking.user()), nameOf(booking.mentor()), actor.is(booking.user()),
                access.isAskedToPay(actor, booking) && booking.awaitsPayment(), chat.map(ChatThread::id),
                access.mayReview(actor, booking, booking.status().isPaid(), chatEnded));
    }

    private String nameOf(UserId person) {
        return users.byId(person).map(User::publicName).orElse("");
    }
}
