package app.bettertalk.core.identity;

import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Optional;

/** Stored suspensions and bans. */
@Port
public interface Suspensions {
    void add(Suspension suspension);

    /** The suspension of {@code user} in force at {@code now}, a ban before any other; none when they may sign in. */
    Optional<Suspension> inForce(UserId user, Instant now);
}
