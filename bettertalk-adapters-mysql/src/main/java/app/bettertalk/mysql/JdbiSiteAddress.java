package app.bettertalk.mysql;

import org.jdbi.v3.core.Jdbi;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;

/**
 * The public address {@code serve} last announced, in the one row of {@code site_address}: how a sweep in another
 * process knows where the product is served when nothing configures it.
 */
public final class JdbiSiteAddress {
    private static final int ONLY_ROW = 1;

    private final Jdbi jdbi;

    public JdbiSiteAddress(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Records {@code url} as where the product is served from {@code at} on. */
    public void record(URI url, Instant at) {
        jdbi.useHandle(handle -> {
            var updated = handle.createUpdate("UPDATE site_address SET url = ?, recorded_at = ? WHERE id = ?")
                    .bind(0, url.toString()).bind(1, Columns.at(at)).bind(2, ONLY_ROW).execute();
            if (updated == 0) {
                try {
                    handle.createUpdate("INSERT INTO site_address (id, url, recorded_at) VALUES (?, ?, ?)")
                            .bind(0, ONLY_ROW).bind(1, url.toString()).bind(2, Columns.at(at)).execute();
                } catch (RuntimeException e) {
                    // Two servers starting at once: the other one's row is as good as ours.
                    if (StoreErrors.duplicateKey(e).isEmpty()) {
                        throw e;
                    }
                }
            }
        });
    }

    /** The address last recorded, if a server has ever started on this database. */
    public Optional<URI> recorded() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT url FROM site_address WHERE id = ?")
                .bind(0, ONLY_ROW).mapTo(String.class).findOne().map(URI::create));
    }
}
