package app.bettertalk.core.identity;

import app.bettertalk.core.shared.UnitOfWork;
import app.bettertalk.core.shared.UseCase;
import app.bettertalk.core.shared.UserId;

import java.time.Clock;
import java.util.Objects;

/**
 * Starts a new session after a verified sign-in. Always a new token: a session is never carried over from before
 * sign-in, so a planted cookie cannot become a signed-in one.
 */
@UseCase
public final class StartSession {
    private final Sessions sessions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final SessionPolicy policy;

    public StartSession(Sessions sessions, UnitOfWork unitOfWork, Clock clock, SessionPolicy policy) {
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.policy = policy;
    }

    /** Input of {@link StartSession}: the account that just signed in. */
    public record Command(UserId user) {
        public Command {
            Objects.requireNonNull(user, "user");
        }
    }

    /** The token for the browser's cookie (shown once, stored nowhere) and the stored session. */
    public record Started(SessionToken token, Session session) {
    }

    public Started start(Command command) {
        var token = SessionToken.random();
        var now = clock.instant();
        var session = new Session(token.hash(), command.user(), SessionToken.randomText(), now, now,
                now.plus(policy.absolute()));
        unitOfWork.inTransaction(() -> {
            sessions.add(session);
            return session;
        });
        return new Started(token, session);
    }
}
