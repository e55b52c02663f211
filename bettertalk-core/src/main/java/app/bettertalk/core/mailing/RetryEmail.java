package app.bettertalk.core.mailing;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;

/** An operator queues a failed email again, due now, with a fresh set of attempts. Admins only. */
@UseCase
public final class RetryEmail {
    private final QueuedEmails queued;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RetryEmail(QueuedEmails queued, AccessPolicy access, UnitOfWork unitOfWork, Clock clock) {
        this.queued = queued;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link RetryEmail}: which email. */
    public record Command(Actor actor, QueuedEmailId id) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(id, "id");
        }
    }

    public QueuedEmail retry(Command command) {
        access.requireAdmin(command.actor());
        return unitOfWork.inTransaction(() -> {
            var email = queued.byId(command.id()).orElseThrow(() -> new DomainException.NotFound("email"));
            if (email.status() != EmailStatus.FAILED || !queued.requeue(email.id(), clock.instant())) {
                throw new DomainException.Conflict("not_failed", "Email " + email.id() + " is "
                        + email.status().name().toLowerCase(Locale.ROOT) + "; only failed emails are retried.");
            }
            return queued.byId(command.id()).orElseThrow();
        });
    }
}
