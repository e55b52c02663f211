package app.bettertalk.core.booking;

import app.bettertalk.core.chat.ChatThread;
import app.bettertalk.core.chat.ChatThreads;
import app.bettertalk.core.identity.Users;
import app.bettertalk.core.notification.Outbox;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.JobLocks;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * The cron job that tidies up after chat windows end: marks each ended chat inactive, expires the confirmed
 * bookings it covered and invites their member to review the session, once per ended window. Works in batches of
 * bounded size, each its own unit of work, so a long sweep never holds many locks; running it again finds nothing
 * done twice. One run at a time holds the job's lease; a second run that starts meanwhile does nothing and says so.
 * A confirmation that reopens an ended chat expires the pair's confirmed bookings (and invites the review) itself
 * ({@link ConfirmBooking}); the chat's row lock orders the two, so either way the same bookings end up expired, the
 * same invitation queued and the new booking confirmed.
 */
@UseCase
public final class SweepExpiredChats {
    private final ChatThreads threads;
    private final Bookings bookings;
    private final ReviewInvitations invitations;
    private final JobLocks locks;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    static final String JOB = "chats.sweep-expired";
    private static final Duration LEASE = Duration.ofMinutes(5);

    public SweepExpiredChats(ChatThreads threads, Bookings bookings, Users users, Outbox outbox, JobLocks locks,
                             UnitOfWork unitOfWork, Clock clock) {
        this.threads = threads;
        this.bookings = bookings;
        this.invitations = new ReviewInvitations(users, outbox);
        this.locks = locks;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /**
     * Input of {@link SweepExpiredChats}: at most {@code maxBatches} batches of {@code batchSize} chats;
     * {@code progress} hears the running totals after each batch.
     */
    public record Command(int batchSize, int maxBatches, Progress progress) {
        public Command(int batchSize, int maxBatches) {
            this(batchSize, maxBatches, totals -> { });
        }

        public Command {
            Objects.requireNonNull(progress, "progress");
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
     * sweep stopped at {@code maxBatches} after a full batch, when there may be more to do. {@code lockedOut}: another
     * run holds the job's lease, so this one did nothing.
     */
    public record Report(int chatsClosed, int bookingsExpired, int batches, boolean complete, boolean lockedOut) {
    }

    /** Hears how far a long sweep has come. */
    @FunctionalInterface
    public interface Progress {
        void after(Report totalsSoFar);
    }

    private record Batch(int chatsClosed, int bookingsExpired) {
    }

    public Report sweep(Command command) {
        var holder = UUID.randomUUID().toString();
        if (!locks.tryLock(JOB, holder, clock.instant(), LEASE)) {
            return new Report(0, 0, 0, false, true);
        }
        try {
            var closed = 0;
            var expired = 0;
            for (var batch = 1; batch <= command.maxBatches(); batch++) {
                var done = unitOfWork.inTransaction(() -> sweepBatch(command.batchSize()));
                closed += done.chatsClosed();
                expired += done.bookingsExpired();
                if (done.chatsClosed() < command.batchSize()) {
                    return new Report(closed, expired, batch, true, false);
                }
                command.progress().after(new Report(closed, expired, batch, false, false));
                locks.tryLock(JOB, holder, clock.instant(), LEASE);
            }
            return new Report(closed, expired, command.maxBatches(), false, false);
        } finally {
            locks.unlock(JOB, holder);
        }
    }

    private Batch sweepBatch(int size) {
        var now = clock.instant();
        var ended = threads.claimEnded(now, size);
        if (ended.isEmpty()) {
            return new Batch(0, 0);
        }
        threads.deactivate(ended.stream().map(ChatThread::id).toList());
        var confirmed = bookings.confirmedOf(ended);
        var expired = bookings.expireConfirmedOf(ended, now);
        invitations.queue(confirmed, now);
        return new Batch(ended.size(), expired);
    }
}
