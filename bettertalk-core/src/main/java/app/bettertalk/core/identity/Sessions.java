package app.bettertalk.core.identity;

import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Optional;

/** Sign-in sessions, by the hash of their token; shared by every server process through the database. */
@Port
public interface Sessions {
    void add(Session session);

    Optional<Session> byTokenHash(String tokenHash);

    /**
     * Records use of a session at {@code lastSeenAt}, unless a later use is already recorded: two requests at once
     * must not move it back, or a session kept alive could expire.
     */
    void touch(String tokenHash, Instant lastSeenAt);

    /** Ends one session; true if it existed. */
    boolean remove(String tokenHash);

    /** Ends every session of {@code user}, as signing out everywhere does. */
    int removeAllOf(UserId user);

    /**
     * Forgets sessions that have ended, at most {@code limit}: those past their absolute expiry at {@code now}, and
     * those last seen at or before {@code unusedSince} (past the idle limit); returns how many.
     */
    int removeEnded(Instant now, Instant unusedSince, int limit);
}
