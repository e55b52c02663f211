package app.bettertalk.mysql;

import app.bettertalk.core.shared.DomainException;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place that reads what a database error means, by vendor code rather than message text wherever a code
 * exists: MySQL and MariaDB report a duplicate key as error 1062, H2 as SQLState 23505; a deadlock or lock wait
 * timeout as 1213/1205, H2 as 40001/50200/HYT00; a violated CHECK constraint as 3819 (MySQL), 4025 (MariaDB) or
 * SQLState 23513 (H2).
 */
public final class StoreErrors {
    private StoreErrors() {
    }

    /** The violated unique key's name (lower case) when {@code failure} is a duplicate key, else empty. */
    public static Optional<String> duplicateKey(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && (sql.getErrorCode() == 1062 || "23505".equals(sql.getSQLState()))) {
                return Optional.of(keyName(sql.getMessage()));
            }
        }
        return Optional.empty();
    }

    /** True when {@code failure} is a duplicate of the unique key named {@code key} (H2 may add a suffix). */
    public static boolean isDuplicateOf(Throwable failure, String key) {
        return duplicateKey(failure).filter(name -> name.startsWith(key)).isPresent();
    }

    /** True when {@code failure} is a row refused by one of the table's CHECK constraints. */
    public static boolean isCheckViolation(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && (sql.getErrorCode() == 3819 || sql.getErrorCode() == 4025
                    || "23513".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code failure} says the transaction lost a lock race and may simply be run again. */
    public static boolean isRetryable(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                var code = sql.getErrorCode();
                var state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (code == 1213 || code == 1205 || state.equals("40001") || code == 50200 || code == 40001) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A lock race lost too often, as the core's error: the request was fine, the moment was not. */
    public static DomainException.Conflict busy() {
        return new DomainException.Conflict("busy", "The database is busy; please try again.");
    }

    // MySQL/MariaDB: "Duplicate entry 'x' for key 'users.uq_users_username_key'"; H2: "... ON PUBLIC.USERS(...)"
    // with the constraint name in upper case. Both name our constraints, which all start with "uq_".
    private static String keyName(String message) {
        var text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        var start = text.indexOf("uq_");
        if (start < 0) {
            return "";
        }
        var end = start;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
            end++;
        }
        return text.substring(start, end);
    }
}
