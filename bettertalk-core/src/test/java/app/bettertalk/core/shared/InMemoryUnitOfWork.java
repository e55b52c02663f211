package app.bettertalk.core.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions over in-memory adapters: one at a time (serializable by construction), joined when nested, and
 * rolled back by restoring every registered state's snapshot when the work throws.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {
    private final ReentrantLock lock = new ReentrantLock();
    private final List<InMemoryState> states;

    public InMemoryUnitOfWork(List<InMemoryState> states) {
        this.states = List.copyOf(states);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            var snapshots = new ArrayList<Object>(states.size());
            states.forEach(state -> snapshots.add(state.snapshot()));
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                for (var i = 0; i < states.size(); i++) {
                    states.get(i).restore(snapshots.get(i));
                }
                throw e;
            }
        } finally {
            lock.unlock();
        }
    }

    /** True while the calling thread is inside a unit of work: what a "lock until the unit of work ends" needs. */
    public boolean isOpenOnThisThread() {
        return lock.isHeldByCurrentThread();
    }
}
