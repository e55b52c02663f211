package app.bettertalk.core.mailing;

import app.bettertalk.core.access.AccessPolicy;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.notification.EmailKind;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The email choices form: the optional kinds ticked stay on, the others are turned off. Onboarding and booking
 * emails are not choices; naming them changes nothing.
 */
@UseCase
public final class ChangeEmailPreferences {
    private final EmailPreferences preferences;
    private final AccessPolicy access;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ChangeEmailPreferences(EmailPreferences preferences, AccessPolicy access, UnitOfWork unitOfWork,
                                  Clock clock) {
        this.preferences = preferences;
        this.access = access;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link ChangeEmailPreferences}: the kinds the actor wants to receive. */
    public record Command(Actor actor, Set<EmailKind> wanted) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            wanted = wanted == null || wanted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(wanted));
        }
    }

    public EmailChoices change(Command command) {
        var actor = command.actor();
        access.requireOnboarded(actor);
        return unitOfWork.inTransaction(() -> {
            var now = clock.instant();
            for (var kind : EmailChoices.optionalKinds()) {
                if (command.wanted().contains(kind)) {
                    preferences.turnOn(actor.id(), kind);
                } else {
                    preferences.turnOff(actor.id(), kind, now);
                }
            }
            return new EmailChoices(preferences.turnedOff(actor.id()));
        });
    }
}
