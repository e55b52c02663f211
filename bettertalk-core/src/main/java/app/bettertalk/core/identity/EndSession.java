package app.bettertalk.core.identity;

import app.bettertalk.core.shared.UseCase;

/** Signing out: the session ends on the server, whatever the browser does with its cookie. */
@UseCase
public final class EndSession {
    private final Sessions sessions;

    public EndSession(Sessions sessions) {
        this.sessions = sessions;
    }

    /** True if there was a session to end. */
    public boolean end(String cookieValue) {
        try {
            return sessions.remove(new SessionToken(cookieValue).hash());
        } catch (RuntimeException malformed) {
            return false;
        }
    }
}
