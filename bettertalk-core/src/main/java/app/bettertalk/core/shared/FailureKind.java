package app.bettertalk.core.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What went wrong, said without a word of what was being written: the exception classes down the cause chain and
 * the first places in BetterTalk's own code they passed. Messages are left out on purpose, since databases, drivers
 * and mail servers put the values of a failed write (a chat message, an email address) in them.
 */
public final class FailureKind {
    private static final int PLACES = 3;

    private FailureKind() {
    }

    /** {@code failure}'s kind, such as {@code UnableToExecuteStatementException < SQLException at JdbiPosts.add:52}. */
    public static String of(Throwable failure) {
        var names = new ArrayList<String>();
        var places = new ArrayList<String>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (var cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            names.add(cause.getClass().getSimpleName());
            for (var frame : cause.getStackTrace()) {
                var place = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "."
                        + frame.getMethodName() + ":" + frame.getLineNumber();
                if (frame.getClassName().startsWith("app.bettertalk.") && places.size() < PLACES
                        && !places.contains(place)) {
                    places.add(place);
                }
            }
        }
        return String.join(" < ", names) + (places.isEmpty() ? "" : " at " + String.join(", ", places));
    }
}
