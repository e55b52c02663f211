package app.bettertalk.core.mailing;

import app.bettertalk.core.shared.DomainException;
import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;

/**
 * An unsubscribe link, followed without signing in: its signed token names the person and the kind of email, which
 * is turned off. Following it again changes nothing; a token this server did not sign is refused.
 */
@UseCase
public final class Unsubscribe {
    private final UnsubscribeTokens tokens;
    private final EmailPreferences preferences;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public Unsubscribe(UnsubscribeTokens tokens, EmailPreferences preferences, UnitOfWork unitOfWork, Clock clock) {
        this.tokens = tokens;
        this.preferences = preferences;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Input of {@link Unsubscribe}: the token from the link, as it arrived. */
    public record Command(String token) {
        public Command {
            token = token == null ? "" : token.strip();
        }
    }

    public Unsubscription unsubscribe(Command command) {
        var unsubscription = tokens.read(command.token()).orElseThrow(
                () -> new DomainException.Validation("token", "is not a working unsubscribe link"));
        return unitOfWork.inTransaction(() -> {
            preferences.turnOff(unsubscription.person(), unsubscription.kind(), clock.instant());
            return unsubscription;
        });
    }
}
