package app.bettertalk.mysql.atrest;

import app.bettertalk.mysql.Columns;
import app.bettertalk.mysql.StoreErrors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data keys in {@code data_keys}, one per scope, made on first need and unwrapped once per process. A key made
 * inside a transaction is remembered only once that transaction commits: a rolled-back key would otherwise seal
 * later values under a key nobody stored.
 */
public final class DataKeys {
    private static final int REMEMBERED = 20_000;
    private static final int REWRAP_BATCH = 500;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** How many data keys one master key wraps. */
    public record Wrapping(String masterKeyId, long dataKeys) {
    }

    private record Stored(String scope, MasterKeys.Wrapped wrapped) {
    }

    private final Jdbi jdbi;
    private final MasterKeys masters;
    private final Clock clock;
    // Read for every value opened, by every request at once: a concurrent map, and when full it forgets some key at
    // random (it is fetched again on next use) rather than keep an order every read would have to update.
    private final Map<String, SecretKey> remembered = new ConcurrentHashMap<>();

    public DataKeys(Jdbi jdbi, MasterKeys masters, Clock clock) {
        this.jdbi = jdbi;
        this.masters = masters;
        this.clock = clock;
    }

    /** The key of {@code scope}, made and stored now if it has none. */
    SecretKey of(String scope) {
        return find(scope, true).orElseThrow();
    }

    /** The key of {@code scope} if it has one; a value sealed under no stored key cannot be opened. */
    Optional<SecretKey> existing(String scope) {
        return find(scope, false);
    }

    private Optional<SecretKey> find(String scope, boolean orMake) {
        var known = remembered.get(scope);
        if (known != null) {
            return Optional.of(known);
        }
        return jdbi.withHandle(handle -> {
            var key = stored(handle, scope).or(() -> orMake ? Optional.of(create(handle, scope)) : Optional.empty());
            key.ifPresent(found -> {
                if (handle.isInTransaction()) {
                    handle.afterCommit(() -> remember(scope, found));
                } else {
                    remember(scope, found);
                }
            });
            return key;
        });
    }

    private void remember(String scope, SecretKey key) {
        if (remembered.size() >= REMEMBERED) {
            remembered.keySet().stream().findAny().ifPresent(remembered::remove);
        }
        remembered.put(scope, key);
    }

    /** Forgets {@code scope}'s key in the store and here; in a transaction, here too only once it commits. */
    void destroy(String scope) {
        jdbi.useHandle(handle -> {
            handle.createUpdate("DELETE FROM data_keys WHERE scope = ?").bind(0, scope).execute();
            if (handle.isInTransaction()) {
                handle.afterCommit(() -> remembered.remove(scope));
            } else {
                remembered.remove(scope);
            }
        });
    }

    /**
     * Proves the master keys open the database's data keys, one of each master key; fails with one line naming the
     * master key that is missing or wrong.
     */
    public void check() {
        jdbi.useHandle(handle -> handle.createQuery("""
                        SELECT d.master_key_id, d.scope, d.wrapped_key FROM data_keys d
                        JOIN (SELECT master_key_id, MIN(scope) AS scope FROM data_keys GROUP BY master_key_id) one
                            ON one.master_key_id = d.master_key_id AND one.scope = d.scope""")
                .map((rs, ctx) -> masters.unwrap(rs.getString("scope"),
                        new MasterKeys.Wrapped(rs.getString("master_key_id"), rs.getBytes("wrapped_key"))))
                .list());
    }

    /** Each master key that wraps data keys and how many, the most first. */
    public List<Wrapping> wrappings() {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT master_key_id, COUNT(*) AS keys_wrapped FROM data_keys GROUP BY master_key_id
                        ORDER BY keys_wrapped DESC, master_key_id""")
                .map((rs, ctx) -> new Wrapping(rs.getString("master_key_id"), rs.getLong("keys_wrapped"))).list());
    }

    /**
     * Re-wraps every data key not wrapped by the current master key with it, a batch per transaction, and returns
     * how many; the ciphertext they opened stays as it is.
     */
    public long rewrapAll() {
        var current = masters.current().id();
        var done = 0L;
        while (true) {
            var batch = jdbi.inTransaction(handle -> {
                var rows = handle.createQuery("""
                                SELECT scope, master_key_id, wrapped_key FROM data_keys WHERE master_key_id <> ?
                                ORDER BY scope LIMIT ? FOR UPDATE""")
                        .bind(0, current).bind(1, REWRAP_BATCH)
                        .map((rs, ctx) -> new Stored(rs.getString("scope"), new MasterKeys.Wrapped(
                                rs.getString("master_key_id"), rs.getBytes("wrapped_key"))))
                        .list();
                var update = handle.prepareBatch(
                        "UPDATE data_keys SET master_key_id = ?, wrapped_key = ? WHERE scope = ?");
                for (var row : rows) {
                    var rewrapped = masters.wrap(row.scope(), masters.unwrap(row.scope(), row.wrapped()));
                    update.bind(0, rewrapped.masterKeyId()).bind(1, rewrapped.bytes()).bind(2, row.scope()).add();
                }
                if (!rows.isEmpty()) {
                    update.execute();
                }
                return rows.size();
            });
            done += batch;
            if (batch < REWRAP_BATCH) {
                return done;
            }
        }
    }

    private Optional<SecretKey> stored(Handle handle, String scope) {
        return handle.createQuery("SELECT master_key_id, wrapped_key FROM data_keys WHERE scope = ?")
                .bind(0, scope)
                .map((rs, ctx) -> masters.unwrap(scope,
                        new MasterKeys.Wrapped(rs.getString("master_key_id"), rs.getBytes("wrapped_key"))))
                .findOne();
    }

    private SecretKey create(Handle handle, String scope) {
        var bytes = new byte[MasterKeys.KEY_BYTES];
        RANDOM.nextBytes(bytes);
        var key = new SecretKeySpec(bytes, "AES");
        var wrapped = masters.wrap(scope, key);
        try {
            handle.createUpdate(
                            "INSERT INTO data_keys (scope, master_key_id, wrapped_key, created_at) VALUES (?, ?, ?, ?)")
                    .bind(0, scope).bind(1, wrapped.masterKeyId()).bind(2, wrapped.bytes())
                    .bind(3, Columns.at(clock.instant())).execute();
            return key;
        } catch (RuntimeException e) {
            if (StoreErrors.duplicateKey(e).isEmpty()) {
                throw e;
            }
            // Another writer made this scope's key first: everyone seals under theirs.
            return stored(handle, scope).orElseThrow(() -> e);
        }
    }
}
