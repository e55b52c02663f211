package app.bettertalk.core.identity;

import app.bettertalk.core.access.Actor;
import app.bettertalk.core.shared.UseCase;

import java.util.Objects;

/**
 * Ends every sign-in session of the person asking, on every device and browser, the one they ask from too: what
 * someone does after signing in on a shared or lost phone.
 */
@UseCase
public final class SignOutEverywhere {
    private final Sessions sessions;

    public SignOutEverywhere(Sessions sessions) {
        this.sessions = sessions;
    }

    /** How many sessions ended. */
    public int signOut(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return sessions.removeAllOf(actor.id());
    }
}
