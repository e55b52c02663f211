package app.bettertalk.cli;

import app.bettertalk.mysql.atrest.MasterKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.function.LongSupplier;

/**
 * The file that holds the master keys, readable by its owner only. A new database gets one generated on first run;
 * a database that already holds data keys never does, since a new master key could not open them: it says which
 * file is missing instead.
 */
final class MasterKeyFile {
    private MasterKeyFile() {
    }

    /** The keys in {@code file}, which is made now if it is missing and the database holds no data keys yet. */
    static MasterKeys readOrCreate(Path file, LongSupplier storedDataKeys, Clock clock) {
        if (Files.exists(file)) {
            return read(file);
        }
        var stored = storedDataKeys.getAsLong();
        if (stored > 0) {
            throw new IllegalStateException("no master key file at " + file + ", but the database holds " + stored
                    + " data key" + (stored == 1 ? "" : "s") + " sealed under one: restore it from a backup, or set "
                    + "BETTERTALK_KEYS_FILE to where it is");
        }
        try {
            create(file, MasterKeys.generate(clock.instant()));
        } catch (FileAlreadyExistsException anotherProcessWasFirst) {
            // Theirs is as good as ours, and both now read the same one.
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the master key file " + file + ": " + e.getMessage(), e);
        }
        return read(file);
    }

    static MasterKeys read(Path file) {
        try {
            return MasterKeys.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the master key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Replaces {@code file} with {@code keys} in one step, so a reader sees the old keys or the new, never half. */
    static void replace(Path file, MasterKeys keys) {
        try {
            var partial = partial(file, keys);
            try {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the master key file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Written whole under another name, then linked into place: a racing process sees it complete or not at all. */
    private static void create(Path file, MasterKeys keys) throws IOException {
        var partial = partial(file, keys);
        try {
            Files.createLink(file, partial);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static Path partial(Path file, MasterKeys keys) throws IOException {
        var partial = OwnerOnly.partialBeside(file, ".master-keys-");
        Files.writeString(partial, keys.format(), StandardCharsets.UTF_8);
        return partial;
    }
}
