package app.bettertalk.mysql;

import app.bettertalk.core.shared.NameSkeletons;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;

import javax.sql.DataSource;
import java.util.List;

/**
 * A pooled connection to BetterTalk's database, its schema migrations and the {@link Jdbi} the repositories share.
 * One migration (18.1) computes what usernames look like, so the database is opened with the {@link NameSkeletons}
 * the application uses.
 * Transactions run at READ COMMITTED: locking reads see the latest committed row and take no gap locks, so two
 * requests racing to create the same row end with one duplicate-key error instead of a deadlock.
 */
public final class Database implements AutoCloseable {
    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final NameSkeletons skeletons;
    private final Jdbi jdbi;

    private Database(DatabaseSettings settings, HikariDataSource dataSource, NameSkeletons skeletons) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.skeletons = skeletons;
        this.jdbi = Jdbi.create(dataSource);
        // A failed statement's exception would otherwise carry its SQL and bound values (a chat message, an email
        // address) into every log and error line that prints it.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
    }

    /**
     * Opens a pool of at most {@code maxConnections}, migrating with {@code skeletons}; fails with the URL (never the
     * password) and the reason.
     */
    public static Database open(DatabaseSettings settings, int maxConnections, NameSkeletons skeletons) {
        var config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setDriverClassName(settings.dialect().driverClass());
        config.setMaximumPoolSize(maxConnections);
        config.setMinimumIdle(Math.min(2, maxConnections));
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setConnectionTimeout(10_000);
        // One attempt at start: a command pointed at the wrong server should say so at once, not after retrying.
        config.setInitializationFailTimeout(1);
        config.setPoolName("bettertalk");
        try {
            return new Database(settings, new HikariDataSource(config), skeletons);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailable(settings, e);
        }
    }

    /** Applies every pending migration; returns how many ran. */
    public int migrate() {
        return flyway().migrate().migrationsExecuted;
    }

    /** Every migration the code knows, applied or pending, oldest first. */
    public List<MigrationState> migrations() {
        return java.util.Arrays.stream(flyway().info().all())
                .map(info -> new MigrationState(info.getVersion() == null ? "" : info.getVersion().getVersion(),
                        info.getDescription(), info.getState().getDisplayName(),
                        info.getInstalledOn() == null ? null : info.getInstalledOn().toInstant()))
                .toList();
    }

    private Flyway flyway() {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new UsernameSkeletonsBackfill(skeletons)).failOnMissingLocations(true).load();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
