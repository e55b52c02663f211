package app.bettertalk.mysql;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The MySQL-family server the database tests run on, found once per JVM: {@code BETTERTALK_TEST_DB_URL} (with
 * {@code BETTERTALK_TEST_DB_USER} and {@code BETTERTALK_TEST_DB_PASSWORD}) if set; else a MySQL 8.4 container when
 * a Docker engine answers; else the server on 127.0.0.1:3306 as root with no password. With none of them the tests
 * fail with one line that says how to provide one; they never skip.
 *
 * @param serverUrl a URL of the server without a database name, for creating one schema per test class
 */
public record TestServer(String serverUrl, String user, String password, boolean isMariaDb) {

    private static final String HOW = "no test database: set BETTERTALK_TEST_DB_URL (a jdbc:mariadb:// or jdbc:mysql:// "
            + "server URL) with BETTERTALK_TEST_DB_USER/PASSWORD, run a Docker engine, or start MariaDB on "
            + "127.0.0.1:3306 with user root and an empty password (.ci/run does the last)";

    private static TestServer found;

    public static synchronized TestServer get() {
        if (found == null) {
            found = find();
        }
        return found;
    }

    private static TestServer find() {
        var url = System.getenv("BETTERTALK_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return probe(url, env("BETTERTALK_TEST_DB_USER"), env("BETTERTALK_TEST_DB_PASSWORD"));
        }
        if (DockerClientFactory.instance().isDockerAvailable()) {
            @SuppressWarnings("resource") // lives as long as the test JVM; Testcontainers' reaper removes it
            var mysql = new MySQLContainer("mysql:8.4").withUsername("root").withPassword("test");
            mysql.start();
            return probe("jdbc:mysql://" + mysql.getHost() + ":" + mysql.getMappedPort(3306) + "/", "root", "test");
        }
        return probe("jdbc:mariadb://127.0.0.1:3306/", "root", "");
    }

    private static TestServer probe(String url, String user, String password) {
        try (var connection = DriverManager.getConnection(url, user, password)) {
            var version = connection.getMetaData().getDatabaseProductVersion();
            return new TestServer(url, user, password, version.toLowerCase().contains("mariadb"));
        } catch (SQLException e) {
            throw new IllegalStateException(HOW + " (tried " + url + ": " + e.getMessage() + ")", e);
        }
    }

    private static String env(String name) {
        var value = System.getenv(name);
        return value == null ? "" : value;
    }
}
