package app.bettertalk.core.booking;

import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;

/**
 * The cron job that tidies up after chat windows end: marks each ended chat inactive and expires the confirmed
 * bookings it covered. Works in batches of bounded size, each its own unit of work, so a long sweep never holds
 * many locks; running it again, or twice at once, finds nothing done twice.
 */
@UseCase
public final class SweepExpiredChats {
    private final ChatThreads threads;
    private final Bookings bookings;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SweepExpiredChats(ChatThreads threads, Bookings bookings, UnitOfWork unitOfWork, Clock clock) {
        this.threads = threads;
        this.bookings = bookings;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link SweepExpiredChats}: at most {@code maxBatches} batches of {@code batchSize} chats. */
    public record Command(int batchSize, int maxBatches) {
        public Command {
            if (batchSize < 1 || batchSize > 10_000) {
                throw new DomainException.Validation("batch", "must be 1 to 10000");
            }
            if (maxBatches < 1) {
                throw new DomainException.Validation("maxBatches", "must be at least 1");
            }
        }
    }

    /**
     * What a sweep did. {@code complete} is true when a batch came back short, so nothing was left; false when the
     * sweep stopped at {@code maxBatches} after a full batch, when there may be more to do.
     */
    public record Report(int chatsClosed, int bookingsExpired, int batches, boolean complete) {
    }

    private record Batch(int chatsClosed, int bookingsExpired) {
    }

    public Report sweep(Command command) {
        var closed = 0;
        var expired = 0;
        for (var batch = 1; batch <= command.maxBatches(); batch++) {
            var done = unitOfWork.inTransaction(() -> sweepBatch(command.batchSize()));
            closed += done.chatsClosed();
            expired += done.bookingsExpired();
            if (done.chatsClosed() < command.batchSize()) {
                return new Report(closed, expired, batch, true);
            }
        }
        return new Report(closed, expired, command.maxBatches(), false);
    }

    private Batch sweepBatch(int size) {
        var now = clock.instant();
        var ended = threads.claimEnded(now, size);
        var expired = 0;
        for (var thread : ended) {
            threads.update(thread.deactivated());
            for (var booking : bookings.ofPair(thread.user(), thread.mentor())) {
                if (booking.status() == BookingStatus.CONFIRMED) {
                    bookings.update(booking.expire(now));
                    expired++;
                }
            }
        }
        return new Batch(ended.size(), expired);
    }
}
