package app.bettertalk.notifications;

import app.bettertalk.core.mailing.Delivery;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

import java.util.OptionalInt;

/**
 * What a failed send means. The server's reply code decides: 5xx is permanent (this email will never be taken),
 * 4xx temporary. No reply at all (refused connection, timeout, dropped line) is temporary, and so is a refused login:
 * that is the operator's to fix, not the email's fault.
 */
final class SmtpFailures {
    private SmtpFailures() {
    }

    static Delivery classify(MessagingException failure) {
        if (failure instanceof AuthenticationFailedException) {
            return new Delivery.Deferred("the SMTP server refused the login: " + text(failure));
        }
        var code = replyCode(failure);
        if (code.isPresent()) {
            var reason = "SMTP " + code.getAsInt() + ": " + text(failure);
            return code.getAsInt() >= 500 ? new Delivery.Rejected(reason) : new Delivery.Deferred(reason);
        }
        return new Delivery.Deferred(text(failure));
    }

    static boolean isUnreachable(MessagingException failure) {
        return failure instanceof MailConnectException;
    }

    /** The reply code of the first rejection in the chain: MAIL FROM, RCPT TO or DATA. */
    private static OptionalInt replyCode(Throwable failure) {
        for (var cause = failure; cause != null; cause = next(cause)) {
            switch (cause) {
                case SMTPAddressFailedException e -> {
                    return OptionalInt.of(e.getReturnCode());
                }
                case SMTPSenderFailedException e -> {
                    return OptionalInt.of(e.getReturnCode());
                }
                case SMTPSendFailedException e -> {
                    if (e.getReturnCode() >= 400) {
                        return OptionalInt.of(e.getReturnCode());
                    }
                }
                default -> {
                }
            }
        }
        return OptionalInt.empty();
    }

    private static Throwable next(Throwable failure) {
        if (failure instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return failure.getCause() == failure ? null : failure.getCause();
    }

    /** The failure's own message, and the root cause's when it says more ("Connection refused"). */
    private static String text(Throwable failure) {
        var top = message(failure);
        var deepest = failure;
        for (var cause = failure; cause != null; cause = next(cause)) {
            deepest = cause;
        }
        var root = message(deepest);
        return (deepest == failure || top.contains(root) ? top : top + " (" + root + ")").replaceAll("\\s+", " ")
                .strip();
    }

    private static String message(Throwable failure) {
        var message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
