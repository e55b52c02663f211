package app.bettertalk.cli.mentor;

import app.bettertalk.cli.ExitCodes;
import app.bettertalk.core.access.Actor;
import app.bettertalk.core.admin.FindAccount;
import app.bettertalk.core.mentor.VerifyMentor;

import java.io.PrintWriter;

/** What verify and unverify share: find the mentor by id or email, set the badge through the same use case. */
final class Verification {
    private final FindAccount findAccount;
    private final VerifyMentor verifyMentor;

    Verification(FindAccount findAccount, VerifyMentor verifyMentor) {
        this.findAccount = findAccount;
        this.verifyMentor = verifyMentor;
    }

    int decide(String who, boolean verified, PrintWriter out) {
        var user = findAccount.find(new FindAccount.Query(Actor.operator(), who));
        var mentor = verifyMentor.verify(new VerifyMentor.Command(Actor.operator(), user.id(), verified));
        // By id and username only: an operator's terminal shows no email address.
        out.println((mentor.verified() ? "Verified mentor " : "Unverified mentor ") + mentor.id()
                + user.username().map(username -> " (" + username.value() + ")").orElse("") + ".");
        return ExitCodes.OK;
    }
}
