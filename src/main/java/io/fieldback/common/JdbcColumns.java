package io.fieldback.common;

import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Values read back as our tables store them (BINARY(16) ids, DATETIME(6) in UTC, enums by name, nullable ints),
 * for plain JDBC reads ({@link JdbcBatch#query}) and native queries, which hand an id back as its 16 bytes.
 */
public final class JdbcColumns {

    private JdbcColumns() {
    }

    /** An id as a native query or the driver returns it: the 16 bytes of a BINARY(16), a UUID already, or null. */
    public static UUID uuid(Object value) {
        if (value == null || value instanceof UUID) {
            return (UUID) value;
        }
        ByteBuffer bytes = ByteBuffer.wrap((byte[]) value);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        return uuid(rs.getBytes(column));
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    public static <E extends Enum<E>> E named(ResultSet rs, String column, Class<E> type) throws SQLException {
        String name = rs.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
