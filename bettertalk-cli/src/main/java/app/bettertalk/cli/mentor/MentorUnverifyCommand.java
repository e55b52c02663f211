package app.bettertalk.cli.mentor;

import app.bettertalk.cli.Wiring;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk mentor unverify ID|EMAIL}. */
@Command(name = "unverify", mixinStandardHelpOptions = true, header = "Take a mentor's verification back.")
public final class MentorUnverifyCommand implements Callable<Integer> {
    private final Supplier<Wiring> wiring;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID|EMAIL", description = "The mentor's user id or email address.")
    String who;

    public MentorUnverifyCommand(Supplier<Wiring> wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        return Verification.decide(wiring.get(), who, false, spec.commandLine().getOut());
    }
}
