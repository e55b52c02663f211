package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.Port;
import app.bettertalk.core.shared.UserId;

import java.util.List;
import java.util.Optional;

/** Every plan of every mentor. */
@Port
public interface Plans {
    Optional<Plan> byId(PlanId id);

    /** A mentor's plans, oldest first, inactive ones included. */
    List<Plan> ofMentor(UserId mentor);

    void add(Plan plan);

    void update(Plan plan);
}
