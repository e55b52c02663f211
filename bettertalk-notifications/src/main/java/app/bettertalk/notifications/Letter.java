package app.bettertalk.notifications;

/**
 * What every email's layout shows besides its own story: the subject, the one action it links to, and the links to
 * stop it (empty for the kinds that are always sent) and to choose which emails arrive.
 */
public record Letter(String subject, String actionLabel, String actionUrl, String unsubscribeUrl,
                     String preferencesUrl, String siteUrl) {
    /** True when the recipient may turn this kind of email off. */
    public boolean optional() {
        return !unsubscribeUrl.isEmpty();
    }
}
