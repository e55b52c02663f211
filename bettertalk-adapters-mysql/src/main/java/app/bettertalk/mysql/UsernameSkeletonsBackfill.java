package app.bettertalk.mysql;

import app.bettertalk.core.shared.NameSkeletons;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.SQLException;
import java.util.HashSet;

/**
 * Migration 18.1: gives every username taken before V18 its skeleton, by the same {@link NameSkeletons} the
 * application writes new ones with (SQL has no Unicode confusables data). Oldest account first: where two usernames
 * already looked alike, the older account holds the skeleton and the younger keeps its username without one, so
 * neither loses their name, nobody can take a third look-alike, and the younger can still edit their profile (a
 * skeleton is only ever written when an account first takes its username).
 */
final class UsernameSkeletonsBackfill implements JavaMigration {
    private static final int BATCH = 500;

    private final NameSkeletons skeletons;

    UsernameSkeletonsBackfill(NameSkeletons skeletons) {
        this.skeletons = skeletons;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("18.1");
    }

    @Override
    public String getDescription() {
        return "username skeletons backfill";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        var taken = new HashSet<String>();
        try (var select = connection.prepareStatement("""
                SELECT id, anonymous_username FROM users
                WHERE anonymous_username IS NOT NULL AND username_skeleton IS NULL
                ORDER BY created_at, id""");
             var update = connection.prepareStatement("UPDATE users SET username_skeleton = ? WHERE id = ?");
             var rows = select.executeQuery()) {
            var pending = 0;
            while (rows.next()) {
                var skeleton = skeletons.skeleton(rows.getString("anonymous_username"));
                if (taken.add(skeleton)) {
                    update.setString(1, skeleton);
                    update.setBytes(2, rows.getBytes("id"));
                    update.addBatch();
                    if (++pending % BATCH == 0) {
                        update.executeBatch();
                    }
                }
            }
            update.executeBatch();
        }
    }
}
