package app.bettertalk.mysql;

import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * How ids and instants are written to and read from columns, the same way on every driver. Instants are bound as
 * UTC text because MySQL Connector/J talking to MariaDB drops the fraction of a bound timestamp, and because text
 * is never shifted by the JVM's or the server's time zone.
 */
public final class Columns {
    private static final DateTimeFormatter DATETIME_6 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private Columns() {
    }

    public static byte[] id(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        var bytes = ByteBuffer.wrap(rs.getBytes(column));
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    /** The instant as DATETIME(6) text in UTC; finer than a microsecond is cut, as the column would. */
    public static String at(Instant instant) {
        return DATETIME_6.format(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
