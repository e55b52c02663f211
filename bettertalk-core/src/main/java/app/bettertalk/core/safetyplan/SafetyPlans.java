package app.bettertalk.core.safetyplan;

import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UserId;

import java.util.Optional;

/** Every member's safety plan, one per person. */
@Port
public interface SafetyPlans {
    /** The plan {@code owner} saved last, if they ever saved one. */
    Optional<SafetyPlan> of(UserId owner);

    /** Stores {@code plan} as its owner's, replacing the one before (or adding their first). */
    void save(SafetyPlan plan);

    /** Removes {@code owner}'s plan for good, if they have one. */
    void remove(UserId owner);
}
