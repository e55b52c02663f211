package app.bettertalk.notifications;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach the SMTP server: host and port, the transport security, the login (empty user: none), and
 * how long to wait to connect and for each reply.
 */
public record SmtpServer(String host, int port, Security security, String username, String password,
                         Duration connectTimeout, Duration timeout) {
    /** How the connection is protected. */
    public enum Security {
        /** Plain SMTP: only for a server on this machine or a private network. */
        NONE,
        /** Plain SMTP upgraded with STARTTLS, required (usually port 587). */
        STARTTLS,
        /** TLS from the first byte (usually port 465). */
        SSL
    }

    public SmtpServer {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        if (host.isBlank()) {
            throw new IllegalArgumentException("the SMTP host is empty");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("the SMTP port must be 1 to 65535, not " + port);
        }
    }

    /** A server with the usual timeouts: 10 seconds to connect, 30 for each reply. */
    public static SmtpServer of(String host, int port, Security security, String username, String password) {
        return new SmtpServer(host, port, security, username, password, Duration.ofSeconds(10),
                Duration.ofSeconds(30));
    }

    @Override
    public String toString() {
        return "SmtpServer[" + host + ":" + port + ", " + security + (username.isEmpty() ? "" : ", as " + username)
                + "]";
    }
}
