package app.bettertalk.mysql;

import java.util.Objects;

/** Where the database is and how to sign in to it; {@link #toString()} never shows the password. */
public record DatabaseSettings(String url, String user, String password) {
    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** Which kind of server the URL names; it decides the driver and a few SQL details. */
    public Dialect dialect() {
        return Dialect.of(url);
    }

    /** The URL without any password it may carry in its query, fit for logs and error messages. */
    public String redactedUrl() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + redactedUrl() + ", user=" + user + "]";
    }
}
