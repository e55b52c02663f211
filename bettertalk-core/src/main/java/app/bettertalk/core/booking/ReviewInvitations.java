package app.bettertalk.core.booking;

import app.bettertalk.core.identity.User;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.notification.Outbox;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Queues the invitation to review when a chat window ends, wherever its end is noticed: by the sweep, or by a
 * confirmation that reopens the chat first. One email per ended window, to its member, naming the last booking that
 * paid into it; that booking expires as the window is noticed, so no later window names it again.
 */
final class ReviewInvitations {
    private final Users users;
    private final Outbox outbox;

    ReviewInvitations(Users users, Outbox outbox) {
        this.users = users;
        this.outbox = outbox;
    }

    private record Pair(UserId user, UserId mentor) {
    }

    /** {@code confirmed}: the confirmed bookings of the ended windows, in the order they were made. */
    void queue(List<Booking> confirmed, Instant at) {
        var lastOfWindow = new LinkedHashMap<Pair, Booking>();
        confirmed.forEach(booking -> lastOfWindow.put(new Pair(booking.user(), booking.mentor()), booking));
        if (lastOfWindow.isEmpty()) {
            return;
        }
        var mentors = lastOfWindow.values().stream().map(Booking::mentor).distinct().toList();
        var names = users.byIds(mentors).stream().collect(Collectors.toMap(User::id, User::publicName));
        outbox.queueAll(lastOfWindow.values().stream().map(booking -> new Email.ReviewInvitation(booking.user(),
                booking.id().value(), names.getOrDefault(booking.mentor(), ""))).toList(), at);
    }
}
