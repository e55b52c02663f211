package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;
import app.bettertalk.core.shared.UserId;

/** {@link MentorRatings} in memory. */
public final class InMemoryMentorRatings implements MentorRatings, InMemoryState {
    private final InMemoryTable<UserId, Rating> table = new InMemoryTable<>();

    @Override
    public Rating of(UserId mentor) {
        return table.get(mentor).orElse(Rating.NONE);
    }

    @Override
    public void adjust(UserId mentor, int countDelta, long starDelta) {
        synchronized (table) {
            table.put(mentor, of(mentor).adjusted(countDelta, starDelta));
        }
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
