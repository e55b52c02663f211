package app.bettertalk.mysql;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/** The database and driver pairs the adapter is tested on; each test class gets its own fresh schema on its target. */
public enum Target {
    /** The test server through the driver of its kind: mariadb-java-client for MariaDB, Connector/J for MySQL. */
    SERVER,
    /** The test server through MySQL Connector/J, whatever it is: proves instants survive that driver on MariaDB. */
    CONNECTOR_J,
    /** An embedded H2 database in MySQL mode, as the default {@code bettertalk} uses. */
    H2;

    /** Settings for a new, empty schema named {@code name}, created on the server if need be. */
    public DatabaseSettings newSchema(String name) {
        if (this == H2) {
            return new DatabaseSettings("jdbc:h2:mem:" + name
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        }
        var server = TestServer.get();
        try (var connection = DriverManager.getConnection(server.serverUrl(), server.user(), server.password());
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema " + name + ": " + e.getMessage(), e);
        }
        var host = server.serverUrl().replaceFirst("^jdbc:(mysql|mariadb):", "");
        var url = this == CONNECTOR_J || !server.isMariaDb()
                ? "jdbc:mysql:" + host + name + "?sslMode=DISABLED&allowPublicKeyRetrieval=true"
                : "jdbc:mariadb:" + host + name;
        return new DatabaseSettings(url, server.user(), server.password());
    }

    public void dropSchema(String name) {
        if (this == H2) {
            return;
        }
        var server = TestServer.get();
        try (var connection = DriverManager.getConnection(server.serverUrl(), server.user(), server.password());
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schema " + name + ": " + e.getMessage(), e);
        }
    }

    public static String freshSchemaName() {
        return "bt_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
    }
}
