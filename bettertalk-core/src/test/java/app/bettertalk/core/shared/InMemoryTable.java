package app.bettertalk.core.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Rows by key in the order they were first stored; thread-safe, and rolled back with the unit of work. */
public final class InMemoryTable<K, V> implements InMemoryState {
    private LinkedHashMap<K, V> rows = new LinkedHashMap<>();

    public synchronized Optional<V> get(K key) {
        return Optional.ofNullable(rows.get(key));
    }

    public synchronized void put(K key, V value) {
        rows.put(key, value);
    }

    /** True if the key was new and {@code value} is stored. */
    public synchronized boolean putIfAbsent(K key, V value) {
        return rows.putIfAbsent(key, value) == null;
    }

    public synchronized boolean remove(K key) {
        return rows.remove(key) != null;
    }

    public synchronized boolean contains(K key) {
        return rows.containsKey(key);
    }

    public synchronized List<V> rows() {
        return new ArrayList<>(rows.values());
    }

    public synchronized List<V> rows(Predicate<V> which) {
        return rows.values().stream().filter(which).toList();
    }

    @Override
    public synchronized Object snapshot() {
        return new LinkedHashMap<>(rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        rows = new LinkedHashMap<>((LinkedHashMap<K, V>) snapshot);
    }
}
