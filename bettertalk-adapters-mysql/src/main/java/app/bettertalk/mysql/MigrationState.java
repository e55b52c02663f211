package app.bettertalk.mysql;

import java.time.Instant;

/** One migration as {@code db status} shows it; {@code appliedAt} is null while it is pending. */
public record MigrationState(String version, String description, String state, Instant appliedAt) {
    public boolean pending() {
        return appliedAt == null;
    }
}
