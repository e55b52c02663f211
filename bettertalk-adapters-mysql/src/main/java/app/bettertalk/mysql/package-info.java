/**
 * The database adapter: Flyway migrations and Jdbi implementations of the core's storage ports, over MySQL 8.4
 * (Connector/J), MariaDB (mariadb-java-client) or an embedded H2 file in MySQL mode, chosen by the JDBC URL.
 * Ids are stored as BINARY(16), instants as UTC DATETIME(6) bound as text so no driver or time zone shifts them,
 * and every "duplicate key" or lock failure is mapped to the core's errors in {@link app.bettertalk.mysql.StoreErrors}.
 */
package app.bettertalk.mysql;
