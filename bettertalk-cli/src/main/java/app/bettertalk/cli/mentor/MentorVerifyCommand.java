package app.bettertalk.cli.mentor;

import app.bettertalk.cli.Wiring;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk mentor verify ID|EMAIL}. */
@Command(name = "verify", mixinStandardHelpOptions = true, header = "Verify a mentor, so their active plans can be booked.")
public final class MentorVerifyCommand implements Callable<Integer> {
    private final Supplier<Wiring> wiring;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID|EMAIL", description = "The mentor's user id or email address.")
    String who;

    public MentorVerifyCommand(Supplier<Wiring> wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        return Verification.decide(wiring.get(), who, true, spec.commandLine().getOut());
    }
}
