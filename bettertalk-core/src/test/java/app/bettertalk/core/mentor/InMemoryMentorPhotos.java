package app.bettertalk.core.mentor;

import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;
import app.bettertalk.core.shared.UserId;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link MentorPhotos} in memory. */
public final class InMemoryMentorPhotos implements MentorPhotos, InMemoryState {
    private final InMemoryTable<UserId, MentorPhoto> table = new InMemoryTable<>();

    @Override
    public Optional<MentorPhoto> of(UserId mentor) {
        return table.get(mentor);
    }

    @Override
    public Map<UserId, String> versionsOf(Collection<UserId> mentors) {
        var versions = new HashMap<UserId, String>();
        for (var mentor : mentors) {
            table.get(mentor).ifPresent(photo -> versions.put(mentor, photo.version()));
        }
        return versions;
    }

    @Override
    public void put(MentorPhoto photo) {
        table.put(photo.mentor(), photo);
    }

    @Override
    public void remove(UserId mentor) {
        table.remove(mentor);
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
