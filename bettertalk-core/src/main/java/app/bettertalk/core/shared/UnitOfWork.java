package app.bettertalk.core.shared;

import java.util.function.Supplier;

/**
 * A database transaction as the core sees it. A use case's public method runs its work inside one, so a change and
 * the emails it queues commit or fail together.
 */
@Port
public interface UnitOfWork {
    /** Runs {@code work} in one transaction, joining one already open on this thread; rolls back if it throws. */
    <T> T inTransaction(Supplier<T> work);
}
