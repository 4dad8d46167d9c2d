package io.fieldback.visit.internal;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.UUID;

/** Values as the visit tables store them (BINARY(16) ids, DATETIME(6) in UTC, enums by name), for the bulk path. */
final class Jdbc {

    private Jdbc() {
    }

    static byte[] bytes(UUID id) {
        return id == null ? null
                : ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        byte[] b = rs.getBytes(column);
        if (b == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(b);
        return new UUID(buffer.getLong(), buffer.getLong());
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }

    static <E extends Enum<E>> E named(ResultSet rs, String column, Class<E> type) throws SQLException {
        String name = rs.getString(column);
        return name == null ? null : Enum.valueOf(type, name);
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** Binds the values from parameter {@code first} on; returns the next parameter's index. */
    static int bind(PreparedStatement ps, int first, Object... values) throws SQLException {
        int i = first;
        for (Object v : values) {
            if (v == null) {
                ps.setNull(i++, Types.NULL);
            } else if (v instanceof UUID id) {
                ps.setBytes(i++, bytes(id));
            } else if (v instanceof Instant t) {
                ps.setObject(i++, LocalDateTime.ofInstant(t, ZoneOffset.UTC));
            } else if (v instanceof Enum<?> e) {
                ps.setString(i++, e.name());
            } else {
                ps.setObject(i++, v);
            }
        }
        return i;
    }

    /** "?, ?, ?" for an IN list. */
    static String marks(Collection<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }
}
