package app.bettertalk.core.identity;

import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UserId;

import java.time.Instant;
import java.util.Set;

/** Who blocked whom. */
@Port
public interface Blocks {
    /** {@code blocker} blocks {@code blocked} from {@code at}; blocking again changes nothing. */
    void block(UserId blocker, UserId blocked, Instant at);

    /** Lifts the block, if there was one. */
    void unblock(UserId blocker, UserId blocked);

    /** Everyone {@code blocker} has blocked. */
    Set<UserId> blockedBy(UserId blocker);
}
