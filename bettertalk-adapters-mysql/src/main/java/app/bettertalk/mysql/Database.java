package app.bettertalk.mysql;

import app.bettertalk.core.shared.NameSkeletons;
import app.bettertalk.mysql.atrest.DataKeys;
import app.bettertalk.mysql.atrest.MasterKeys;
import app.bettertalk.mysql.atrest.SealedText;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * A pooled connection to BetterTalk's database, its schema migrations and the {@link Jdbi} the repositories share.
 * One migration (18.1) computes what usernames look like, so the database is opened with the {@link NameSkeletons}
 * the application uses; another (20.1) seals text stored before encryption at rest, so it is opened with the master
 * keys, asked for only when something needs them.
 * Transactions run at READ COMMITTED: locking reads see the latest committed row and take no gap locks, so two
 * requests racing to create the same row end with one duplicate-key error instead of a deadlock.
 */
public final class Database implements AutoCloseable {
    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final NameSkeletons skeletons;
    private final Supplier<MasterKeys> masterKeys;
    private final Clock clock;
    private final Jdbi jdbi;
    private DataKeys dataKeys;
    private SealedText sealedText;

    private Database(DatabaseSettings settings, HikariDataSource dataSource, NameSkeletons skeletons,
                     Supplier<MasterKeys> masterKeys, Clock clock) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.skeletons = skeletons;
        this.masterKeys = masterKeys;
        this.clock = clock;
        this.jdbi = Jdbi.create(dataSource);
        // A failed statement's exception would otherwise carry its SQL and bound values (a chat message, an email
        // address) into every log and error line that prints it.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
    }

    /**
     * Opens a pool of at most {@code maxConnections}, migrating with {@code skeletons} and sealing with the master
     * keys {@code masterKeys} gives; fails with the URL (never the password) and the reason.
     */
    public static Database open(DatabaseSettings settings, int maxConnections, NameSkeletons skeletons,
                                Supplier<MasterKeys> masterKeys, Clock clock) {
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
            return new Database(settings, new HikariDataSource(config), skeletons, masterKeys, clock);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailable(settings, e);
        }
    }

    /** Applies every pending migration; returns how many ran. */
    public int migrate() {
        return flyway().migrate().migrationsExecuted;
    }

    /** Applies the pending migrations up to and including {@code version}: what a test of one migration starts from. */
    public int migrateTo(String version) {
        return flyway(version).migrate().migrationsExecuted;
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
        return flyway("latest");
    }

    private Flyway flyway(String target) {
        return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .javaMigrations(new UsernameSkeletonsBackfill(skeletons), new SealTextBackfill(masterKeys, clock))
                .target(target).failOnMissingLocations(true).load();
    }

    /**
     * The data keys under the master keys, checked on first use: a master key that is missing or does not open the
     * keys it wrapped stops here, with one line, before anything is read.
     */
    public synchronized DataKeys dataKeys() {
        if (dataKeys == null) {
            var keys = new DataKeys(jdbi, masterKeys.get(), clock);
            keys.check();
            dataKeys = keys;
        }
        return dataKeys;
    }

    /** What the repositories seal and open text with. */
    public synchronized SealedText sealedText() {
        if (sealedText == null) {
            sealedText = new SealedText(dataKeys());
        }
        return sealedText;
    }

    /** How many data keys the database holds: none in a new one (or one not yet migrated to hold them). */
    public long storedDataKeys() {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM data_keys")
                    .mapTo(Long.class).one());
        } catch (RuntimeException noTableYet) {
            if (migrations().stream().anyMatch(m -> m.version().equals("20") && m.pending())) {
                return 0;
            }
            throw noTableYet;
        }
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
