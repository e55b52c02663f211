package app.bettertalk.cli;

import app.bettertalk.mysql.Database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;

/**
 * The composition root: the only place that builds adapters and hands them to the core, with plain {@code new}, in
 * dependency order. Everything is opened on first use, so {@code --help} never touches the database.
 */
public final class Wiring implements AutoCloseable {
    private final Settings settings;
    private final Clock clock;
    private Database database;

    public Wiring(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public Settings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    /** The database, opened on first use; the embedded one's folder is created then. */
    public synchronized Database database() {
        if (database == null) {
            if (settings.usesEmbeddedDatabase()) {
                try {
                    Files.createDirectories(settings.home());
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot create " + settings.home() + ": " + e.getMessage(), e);
                }
            }
            database = Database.open(settings.database(), 10);
        }
        return database;
    }

    @Override
    public synchronized void close() {
        if (database != null) {
            database.close();
        }
    }
}
