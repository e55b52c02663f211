package app.bettertalk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The embedded default's home holds the database, the server secret and written emails: it is made readable by
 * its owner alone, and so are the database files in it, whatever the umask. On a file system without POSIX
 * permissions nothing is changed.
 */
public final class OwnerOnly {
    private OwnerOnly() {
    }

    /** Creates the new file {@code file} readable by its owner alone; fails if it exists. */
    public static Path newFile(Path file) throws IOException {
        return posix() ? Files.createFile(file, PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))) : Files.createFile(file);
    }

    /** A new, empty, owner-only file beside {@code file}, to write whole and then move or link into its place. */
    static Path partialBeside(Path file, String prefix) throws IOException {
        var folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        return posix() ? Files.createTempFile(folder, prefix, ".tmp", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))) : Files.createTempFile(folder, prefix, ".tmp");
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates {@code folder} if need be and makes it, and the embedded database files in it, owner-only. */
    static void home(Path folder) {
        try {
            Files.createDirectories(folder);
            if (!posix()) {
                return;
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            try (var files = Files.list(folder)) {
                for (var file : files.filter(each -> each.getFileName().toString().startsWith("bettertalk.")
                        && Files.isRegularFile(each)).toList()) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create or protect " + folder + ": " + e.getMessage(), e);
        }
    }
}
