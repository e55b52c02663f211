package app.bettertalk.cli.chats;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bettertalk chats}: the jobs that keep chats tidy. */
@Command(name = "chats", aliases = "chat", mixinStandardHelpOptions = true, header = "Jobs on chats.",
        subcommands = {SweepChatsCommand.class})
public final class ChatsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command: sweep-expired.");
    }
}
