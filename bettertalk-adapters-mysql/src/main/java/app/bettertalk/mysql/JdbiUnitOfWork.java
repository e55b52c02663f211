package app.bettertalk.mysql;

import app.bettertalk.core.shared.UnitOfWork;
import org.jdbi.v3.core.Jdbi;

import java.util.function.Supplier;

/**
 * A database transaction per use case. Repositories call {@code jdbi.withHandle}, which joins the transaction open
 * on the same thread. A transaction that lost a deadlock or lock-wait race is run again, a few times, from the
 * start: the work reads everything it decides on inside the transaction, so a rerun decides afresh. A race lost
 * five times in a row becomes {@code Conflict("busy")}.
 */
public final class JdbiUnitOfWork implements UnitOfWork {
    private static final int ATTEMPTS = 5;

    private final Jdbi jdbi;

    public JdbiUnitOfWork(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        for (var attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(handle -> work.get());
            } catch (RuntimeException e) {
                if (!StoreErrors.isRetryable(e) || isNested()) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    throw StoreErrors.busy();
                }
            }
        }
    }

    /** Whether the calling thread is inside a unit of work: what a test asks to prove a call was made outside one. */
    public boolean isOpenOnThisThread() {
        return isNested();
    }

    private boolean isNested() {
        return jdbi.getHandleScope().get() != null;
    }
}
