package app.bettertalk.web.notification;

/** One line of the email choices page: a kind of email, in words, and whether it arrives. */
public record EmailChoice(String kind, String label, boolean on) {
}
