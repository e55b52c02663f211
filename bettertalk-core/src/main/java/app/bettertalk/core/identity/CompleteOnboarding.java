package app.bettertalk.core.identity;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.notification.Email;
import app.bettertalk.core.notification.Outbox;
import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Objects;

/**
 * The onboarding form: phone, age and the anonymous username, once; then a welcome email. A username that looks like
 * another account's is taken, and one that looks like a reserved word is reserved ({@link Lookalikes}).
 */
@UseCase
public final class CompleteOnboarding {
    private final Users users;
    private final Lookalikes lookalikes;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final AgeLimits ageLimits;

    public CompleteOnboarding(Users users, Lookalikes lookalikes, Outbox outbox, UnitOfWork unitOfWork, Clock clock,
                              AgeLimits ageLimits) {
        this.users = users;
        this.lookalikes = lookalikes;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.ageLimits = ageLimits;
    }

    /** Input of {@link CompleteOnboarding} as the person typed it; checked when the use case runs. */
    public record Command(Actor actor, String phone, String age, String username) {
        public Command {
            Objects.requireNonNull(actor, "actor");
        }
    }

    public User complete(Command command) {
        var username = new AnonymousUsername(command.username());
        var phone = PhoneNumber.parse(command.phone());
        var age = ageLimits.check(command.age());
        return unitOfWork.inTransaction(() -> {
            var now = clock.instant();
            var user = users.byId(command.actor().id()).orElseThrow(() -> new DomainException.NotFound("user"));
            var onboarded = user.onboard(new Profile(username, phone, age, "", ""), now);
            lookalikes.checkUsername(username, user.id());
            users.update(onboarded);
            outbox.queue(new Email.OnboardingCompleted(user.id(), username.value()), now);
            return onboarded;
        });
    }
}
