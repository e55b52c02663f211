package app.bettertalk.cli.users;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.cli.OwnerOnly;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.admin.FindAccount;
import app.bettertalk.core.privacy.ExportData;
import app.bettertalk.web.privacy.DataArchive;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * {@code bettertalk users export ID|EMAIL --why TEXT [--out FILE]}: the person's "Download my data" ZIP, written to a
 * new owner-only file for answering a data request; the read is kept in the audit trail with the reason. Prints only
 * where the file went, never what is in it.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Write everything about one account to a ZIP, as Download my data does (audited).")
public final class UsersExportCommand implements Callable<Integer> {
    private final Supplier<FindAccount> findAccount;
    private final Supplier<ExportData> exportData;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID|EMAIL", description = "The account's user id or email address.")
    String who;

    @Option(names = "--why", required = true, paramLabel = "TEXT",
            description = "Why you read this person's data (kept in the audit trail), e.g. a request's reference.")
    String why;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write the ZIP, owner-only; it must not exist yet (default: "
                    + "bettertalk-data-ID.zip in this folder).")
    Path out;

    public UsersExportCommand(Supplier<FindAccount> findAccount, Supplier<ExportData> exportData) {
        this.findAccount = findAccount;
        this.exportData = exportData;
    }

    @Override
    public Integer call() {
        if (why.isBlank() || why.strip().length() > 200) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--why must be 1 to 200 characters");
        }
        var user = findAccount.get().find(new FindAccount.Query(Actor.operator(), who));
        var file = out != null ? out : Path.of("bettertalk-data-" + user.id().value() + ".zip");
        // The file is made first, so a name already taken refuses before anyone's data is read.
        create(file);
        byte[] bytes;
        try {
            bytes = DataArchive.zip(exportData.get().export(new ExportData.Query(Actor.operator(), user.id(), why)));
            Files.write(file, bytes, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
        spec.commandLine().getOut().println("Wrote the data of account " + user.id().value() + " to " + file + " ("
                + bytes.length + " bytes); the read is in the audit trail.");
        return ExitCodes.OK;
    }

    private static void create(Path file) {
        try {
            OwnerOnly.newFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException(file + " exists already: choose another --out");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The failure being reported matters more than a leftover empty file.
        }
    }
}
