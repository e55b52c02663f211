package app.bettertalk.core.identity;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.UseCase;

import java.time.Clock;
import java.util.Optional;

/**
 * Finds who a request comes from by its session cookie: the live session and its account as an {@link Actor}, or
 * nothing for an unknown, ended or malformed token, or a person suspended or banned since it began.
 */
@UseCase
public final class ResumeSession {
    private final Sessions sessions;
    private final Users users;
    private final Clock clock;
    private final SessionPolicy policy;
    private final Suspensions suspensions;

    public ResumeSession(Sessions sessions, Users users, Clock clock, SessionPolicy policy, Suspensions suspensions) {
        this.sessions = sessions;
        this.users = users;
        this.clock = clock;
        this.policy = policy;
        this.suspensions = suspensions;
    }

    /** A live session and who it belongs to. */
    public record Resumed(Session session, User user) {
        public Actor actor() {
            return user.asActor();
        }
    }

    public Optional<Resumed> resume(String cookieValue) {
        final SessionToken token;
        try {
            token = new SessionToken(cookieValue);
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
        var now = clock.instant();
        var session = sessions.byTokenHash(token.hash()).filter(found -> policy.isLiveAt(found, now));
        if (session.isEmpty()) {
            return Optional.empty();
        }
        var live = session.get();
        if (policy.wantsTouchAt(live, now)) {
            sessions.touch(live.tokenHash(), now);
            live = live.seenAt(now);
        }
        var current = live;
        return users.byId(live.user()).filter(user -> suspensions.inForce(user.id(), now).isEmpty())
                .map(user -> new Resumed(current, user));
    }
}
