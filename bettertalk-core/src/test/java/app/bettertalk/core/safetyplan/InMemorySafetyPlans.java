package app.bettertalk.core.safetyplan;

import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;
import app.bettertalk.core.shared.UserId;

import java.util.Optional;

/** {@link SafetyPlans} in memory: one plan per owner, the last one saved. */
public final class InMemorySafetyPlans implements SafetyPlans, InMemoryState {
    private final InMemoryTable<UserId, SafetyPlan> plans = new InMemoryTable<>();

    @Override
    public Optional<SafetyPlan> of(UserId owner) {
        return plans.get(owner);
    }

    @Override
    public void save(SafetyPlan plan) {
        plans.put(plan.owner(), plan);
    }

    /** How many people keep a plan. */
    public int count() {
        return plans.rows().size();
    }

    @Override
    public Object snapshot() {
        return plans.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        plans.restore(snapshot);
    }

    @Override
    public void remove(UserId owner) {
        plans.remove(owner);
    }
}
