package app.bettertalk.mysql;

/** The database could not be reached or refused us; the message names the URL, never the password. */
public final class DatabaseUnavailable extends RuntimeException {
    public DatabaseUnavailable(DatabaseSettings settings, Throwable cause) {
        super("cannot reach the database at " + settings.redactedUrl() + ": " + rootMessage(cause), cause);
    }

    private static String rootMessage(Throwable failure) {
        var root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        var message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
