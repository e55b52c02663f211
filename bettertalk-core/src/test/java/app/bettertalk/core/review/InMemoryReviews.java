package app.bettertalk.core.review;

import app.bettertalk.core.booking.BookingId;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link Reviews} in memory, one per booking like the database's unique key. */
public final class InMemoryReviews implements Reviews, InMemoryState {
    private static final Comparator<Key> NEWEST_FIRST = Comparator.comparing(Key::createdAt)
            .thenComparing(Key::id).reversed();

    private final InMemoryTable<ReviewId, Review> table = new InMemoryTable<>();

    @Override
    public Optional<Review> byId(ReviewId id) {
        return table.get(id);
    }

    @Override
    public Optional<Review> lockById(ReviewId id) {
        return table.get(id);
    }

    @Override
    public Optional<Review> lockByBooking(BookingId booking) {
        return byBooking(booking);
    }

    @Override
    public Optional<Review> byBooking(BookingId booking) {
        return table.rows(review -> review.booking().equals(booking)).stream().findFirst();
    }

    /** Where a review sorts: (createdAt, id), as the cursor names it. */
    private record Key(Instant createdAt, UUID id) {
        static Key of(Review review) {
            return new Key(review.createdAt(), review.id().value());
        }
    }

    @Override
    public List<Review> ofMentor(UserId mentor, ReviewCursor from, int limit) {
        return table.rows(review -> review.mentor().equals(mentor)).stream()
                .sorted(Comparator.comparing(Key::of, NEWEST_FIRST))
                .filter(review -> switch (from) {
                    case ReviewCursor.Newest newest -> true;
                    case ReviewCursor.After after ->
                            NEWEST_FIRST.compare(Key.of(review), new Key(after.createdAt(), after.id().value())) > 0;
                })
                .limit(limit).toList();
    }

    @Override
    public synchronized void add(Review review) {
        if (byBooking(review.booking()).isPresent()) {
            throw new DomainException.Conflict("review_exists", "This booking has been reviewed already.");
        }
        if (!table.putIfAbsent(review.id(), review)) {
            throw new IllegalStateException("review " + review.id() + " is stored already");
        }
    }

    @Override
    public synchronized void update(Review review) {
        table.get(review.id()).orElseThrow(() -> new IllegalStateException("no stored review " + review.id()));
        table.put(review.id(), review);
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
