package app.bettertalk.mysql;

/** The kinds of database BetterTalk runs on, told apart by the JDBC URL's prefix. */
public enum Dialect {
    MYSQL("jdbc:mysql:", "com.mysql.cj.jdbc.Driver"),
    MARIADB("jdbc:mariadb:", "org.mariadb.jdbc.Driver"),
    H2("jdbc:h2:", "org.h2.Driver");

    private final String prefix;
    private final String driverClass;

    Dialect(String prefix, String driverClass) {
        this.prefix = prefix;
        this.driverClass = driverClass;
    }

    public static Dialect of(String url) {
        for (var dialect : values()) {
            if (url.startsWith(dialect.prefix)) {
                return dialect;
            }
        }
        throw new IllegalArgumentException(
                "unsupported database URL: it must start with jdbc:mysql:, jdbc:mariadb: or jdbc:h2:");
    }

    public String driverClass() {
        return driverClass;
    }
}
