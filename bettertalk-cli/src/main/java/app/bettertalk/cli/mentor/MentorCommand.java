package app.bettertalk.cli.mentor;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bettertalk mentor}: mentor applications and verification. */
@Command(name = "mentor", aliases = "mentors", mixinStandardHelpOptions = true,
        header = "List mentors and verify or unverify them.",
        subcommands = {MentorListCommand.class, MentorVerifyCommand.class, MentorUnverifyCommand.class})
public final class MentorCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: list, verify or unverify.");
    }
}
