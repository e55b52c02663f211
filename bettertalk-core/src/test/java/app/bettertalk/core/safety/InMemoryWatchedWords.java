package app.bettertalk.core.safety;

import app.bettertalk.core.shared.InMemoryState;
import app.bettertalk.core.shared.InMemoryTable;

import java.util.Comparator;
import java.util.List;

/** {@link WatchedWords} in memory. */
public final class InMemoryWatchedWords implements WatchedWords, InMemoryState {
    private final InMemoryTable<String, WatchedWord> table = new InMemoryTable<>();

    @Override
    public List<WatchedWord> all() {
        return table.rows().stream().sorted(Comparator.comparing(WatchedWord::word)).toList();
    }

    @Override
    public void put(WatchedWord word) {
        table.put(word.word(), word);
    }

    @Override
    public boolean remove(String word) {
        return table.remove(word);
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
