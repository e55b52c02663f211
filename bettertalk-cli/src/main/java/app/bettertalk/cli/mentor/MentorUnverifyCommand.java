package app.bettertalk.cli.mentor;

import app.bettertalk.core.admin.FindAccount;
import app.bettertalk.core.mentor.VerifyMentor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;
import java.util.function.Supplier;

/** {@code bettertalk mentor unverify ID|EMAIL}. */
@Command(name = "unverify", mixinStandardHelpOptions = true, header = "Take a mentor's verification back.")
public final class MentorUnverifyCommand implements Callable<Integer> {
    private final Supplier<FindAccount> findAccount;
    private final Supplier<VerifyMentor> verifyMentor;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID|EMAIL", description = "The mentor's user id or email address.")
    String who;

    public MentorUnverifyCommand(Supplier<FindAccount> findAccount, Supplier<VerifyMentor> verifyMentor) {
        this.findAccount = findAccount;
        this.verifyMentor = verifyMentor;
    }

    @Override
    public Integer call() {
        return new Verification(findAccount.get(), verifyMentor.get()).decide(who, false,
                spec.commandLine().getOut());
    }
}
