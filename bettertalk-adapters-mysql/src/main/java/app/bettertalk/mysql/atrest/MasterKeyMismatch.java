package app.bettertalk.mysql.atrest;

/** The master keys given cannot open the database's data keys: start-up stops rather than show garbage. */
public final class MasterKeyMismatch extends RuntimeException {
    MasterKeyMismatch(String message) {
        super(message);
    }
}
