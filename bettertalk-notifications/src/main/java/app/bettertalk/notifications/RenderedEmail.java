package app.bettertalk.notifications;

/** One email rendered: the subject, both bodies, and its unsubscribe link (empty when it has none). */
public record RenderedEmail(String subject, String html, String text, String unsubscribeUrl) {
}
