package app.bettertalk.core.booking;

import app.bettertalk.core.access.Participants;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link Bookings} in memory, with payment references unique like the database's. */
public final class InMemoryBookings implements Bookings, InMemoryState {
    private final InMemoryTable<BookingId, Booking> table = new InMemoryTable<>();

    @Override
    public Optional<Booking> byId(BookingId id) {
        return table.get(id);
    }

    @Override
    public Optional<Booking> lockById(BookingId id) {
        return table.get(id);
    }

    @Override
    public Optional<Booking> byPaymentReference(String paymentReference) {
        return table.rows(booking -> booking.paymentReference().equals(paymentReference)).stream().findFirst();
    }

    @Override
    public List<Booking> ofUser(UserId user) {
        return table.rows(booking -> booking.user().equals(user)).reversed();
    }

    @Override
    public List<Booking> ofMentor(UserId mentor) {
        return table.rows(booking -> booking.mentor().equals(mentor)).reversed();
    }

    @Override
    public List<Booking> ofPair(UserId user, UserId mentor) {
        return table.rows(booking -> booking.user().equals(user) && booking.mentor().equals(mentor));
    }

    @Override
    public void add(Booking booking) {
        if (!table.putIfAbsent(booking.id(), booking)) {
            throw new IllegalStateException("booking " + booking.id() + " is stored already");
        }
    }

    @Override
    public List<Booking> pendingCreatedBefore(Instant before, int limit) {
        return table.rows(booking -> booking.status() == BookingStatus.PENDING && booking.createdAt().isBefore(before))
                .stream().sorted(Comparator.comparing(Booking::createdAt)).limit(limit).toList();
    }

    @Override
    public List<Booking> confirmedOf(Collection<? extends Participants> pairs) {
        return table.rows(booking -> booking.status() == BookingStatus.CONFIRMED && pairs.stream()
                .anyMatch(pair -> pair.user().equals(booking.user()) && pair.mentor().equals(booking.mentor())));
    }

    @Override
    public synchronized int expireConfirmedOf(Collection<? extends Participants> pairs, Instant at) {
        var expired = 0;
        for (var booking : table.rows(found -> found.status() == BookingStatus.CONFIRMED)) {
            if (pairs.stream().anyMatch(pair -> pair.user().equals(booking.user())
                    && pair.mentor().equals(booking.mentor()))) {
                table.put(booking.id(), booking.expire(at));
                expired++;
            }
        }
        return expired;
    }

    @Override
    public synchronized void update(Booking booking) {
        table.get(booking.id()).orElseThrow(() -> new IllegalStateException("no stored booking " + booking.id()));
        if (!booking.paymentReference().isEmpty()) {
            byPaymentReference(booking.paymentReference()).filter(other -> !other.id().equals(booking.id()))
                    .ifPresent(other -> {
                        throw new DomainException.Conflict("payment_reference_used",
                                "That payment reference already confirmed another booking.");
                    });
        }
        table.put(booking.id(), booking);
    }

    @Override
    public Object snapshot() {
        return table.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        table.restore(snapshot);
    }
}
