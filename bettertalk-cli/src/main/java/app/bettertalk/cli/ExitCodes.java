package app.bettertalk.cli;

/** What {@code bettertalk} exits with, so scripts and cron can tell outcomes apart. */
public final class ExitCodes {
    /** Done. */
    public static final int OK = 0;
    /** A domain refusal, an unreachable database or another I/O failure, said in one line on stderr. */
    public static final int FAILURE = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;
    /** Another run of the same sweep holds its lock; nothing was done. */
    public static final int LOCKED = 3;

    private ExitCodes() {
    }
}
