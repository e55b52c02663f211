package app.bettertalk.core.shared;

/** State of an in-memory adapter that {@link InMemoryUnitOfWork} can roll back. */
public interface InMemoryState {
    Object snapshot();

    void restore(Object snapshot);
}
