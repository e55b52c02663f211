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
 * The onboarding form: phone, age and the anonymous username, once, and agreement to the terms and the privacy
 * notice, recorded with its version and time; then a welcome email. A username that looks like another account's is
 * taken, and one that looks like a reserved word is reserved ({@link Lookalikes}).
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

    /**
     * Input of {@link CompleteOnboarding} as the person typed it; checked when the use case runs. {@code agreedTo} is
     * the version of the terms the ticked box stood for, empty when it was not ticked.
     */
    public record Command(Actor actor, String phone, String age, String username, String agreedTo) {
        public Command {
            Objects.requireNonNull(actor, "actor");
        }
    }

    public User complete(Command command) {
        var username = new AnonymousUsername(command.username());
        var phone = PhoneNumber.parse(command.phone());
        var age = ageLimits.check(command.age());
        var agreedTo = command.agreedTo() == null ? "" : command.agreedTo().strip();
        if (agreedTo.isEmpty()) {
            throw new DomainException.Validation("terms", "agree to the terms and the privacy notice to continue");
        }
        if (!agreedTo.equals(Consent.CURRENT)) {
            throw new DomainException.Validation("terms", "the terms changed since this page opened: read them again "
                    + "and agree to continue");
        }
        return unitOfWork.inTransaction(() -> {
            var now = clock.instant();
            var user = users.byId(command.actor().id()).orElseThrow(() -> new DomainException.NotFound("user"));
            var onboarded = user.onboard(new Profile(username, phone, age, "", ""), now);
            lookalikes.checkUsername(username, user.id());
            users.update(onboarded);
            users.recordConsent(user.id(), new Consent(Consent.CURRENT, now));
            outbox.queue(new Email.OnboardingCompleted(user.id(), username.value()), now);
            return onboarded;
        });
    }
}
