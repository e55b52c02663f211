package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;
import app.bettertalk.core.shared.UserId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link Plans} in memory. */
public final class InMemoryPlans implements Plans, InMemoryState {
    private final InMemoryTable<PlanId, Plan> table = new InMemoryTable<>();

    @Override
    public Optional<Plan> byId(PlanId id) {
        return table.get(id);
    }

    @Override
    public List<Plan> ofMentor(UserId mentor) {
        return table.rows(plan -> plan.mentor().equals(mentor)).stream()
                .sorted(Comparator.comparing(Plan::createdAt)).toList();
    }

    @Override
    public void add(Plan plan) {
        if (!table.putIfAbsent(plan.id(), plan)) {
            throw new IllegalStateException("plan " + plan.id() + " is stored already");
        }
    }

    @Override
    public void update(Plan plan) {
        table.get(plan.id()).orElseThrow(() -> new IllegalStateException("no stored plan " + plan.id()));
        table.put(plan.id(), plan);
    }

    @Override
    public Object snapshot() {
        return table.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        table.restore(snapshot);
    }
}
