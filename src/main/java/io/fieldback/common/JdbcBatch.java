package io.fieldback.common;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Rows written as one JDBC batch on the current transaction's connection (with rewriteBatchedStatements the driver
 * sends a batch of inserts as one multi-row statement), for bulk paths where a managed entity per row costs too much.
 * <p>
 * Values are bound as text: the driver's client-side statements escape a binary parameter byte by byte and format
 * each temporal value through a fresh date format, which took 43% of the maintenance forecast's time in a profile.
 * So a UUID goes as 32 hex digits and <b>the SQL wraps its marker as {@code UNHEX(?)}</b> ({@link #ID} spells it);
 * an instant goes as its UTC DATETIME(6) text, a date as ISO text, an enum by name.
 */
public final class JdbcBatch {

    /** The marker of a BINARY(16) id parameter. */
    public static final String ID = "UNHEX(?)";

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Binds one row's parameters. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    /** Reads one row of a result (its columns through {@link JdbcColumns}). */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private JdbcBatch() {
    }

    /** Runs {@code sql} once per row as one batch on the current transaction's connection; the update counts. */
    public static <T> int[] run(String sql, Collection<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return new int[0];
        }
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(c -> run(c, sql, rows, binder));
    }

    /** As {@link #run(String, Collection, Binder)}, on the given connection. */
    public static <T> int[] run(Connection c, String sql, Collection<T> rows, Binder<T> binder) throws SQLException {
        if (rows.isEmpty()) {
            return new int[0];
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(ps, row);
                ps.addBatch();
            }
            return ps.executeBatch();
        }
    }

    /**
     * Runs one statement with {@code values} bound in order (UUIDs for {@code UNHEX(?)} markers) on the current
     * transaction's connection; its update count (a multi-row INSERT IGNORE: the rows it wrote).
     */
    public static int update(String sql, Object... values) {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, 1, values);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Runs one query with {@code values} bound in order (UUIDs for {@code UNHEX(?)} markers) on the current
     * transaction's connection; its rows, each read by {@code reader}. For bulk reads where Hibernate translating
     * and binding a long IN list on every request cost more than the query.
     */
    public static <T> List<T> query(String sql, RowReader<T> reader, Object... values) {
        return Panache.getEntityManager().unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, 1, values);
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(reader.read(rs));
                    }
                }
                return rows;
            }
        });
    }

    /** Binds {@code values} from parameter {@code first} on (UUIDs for {@code UNHEX(?)} markers); the next index. */
    public static int bind(PreparedStatement ps, int first, Object... values) throws SQLException {
        int i = first;
        for (Object v : values) {
            bindOne(ps, i++, v);
        }
        return i;
    }

    private static void bindOne(PreparedStatement ps, int at, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(at, Types.NULL);
        } else if (v instanceof UUID id) {
            ps.setString(at, hex(id));
        } else if (v instanceof Instant t) {
            ps.setString(at, timestamp(t));
        } else if (v instanceof LocalDate d) {
            ps.setString(at, d.toString());
        } else if (v instanceof Enum<?> e) {
            ps.setString(at, e.name());
        } else if (v instanceof String s) {
            ps.setString(at, s);
        } else if (v instanceof Integer n) {
            ps.setInt(at, n);
        } else if (v instanceof Long n) {
            ps.setLong(at, n);
        } else if (v instanceof BigDecimal n) {
            ps.setBigDecimal(at, n);
        } else if (v instanceof Boolean b) {
            ps.setBoolean(at, b);
        } else {
            ps.setObject(at, v);
        }
    }

    /** The 32 lower-case hex digits of a UUID, for an {@code UNHEX(?)} marker. */
    public static String hex(UUID id) {
        if (id == null) {
            return null;
        }
        char[] out = new char[32];
        digits(out, 0, id.getMostSignificantBits());
        digits(out, 16, id.getLeastSignificantBits());
        return new String(out);
    }

    private static void digits(char[] out, int from, long bits) {
        for (int i = 15; i >= 0; i--) {
            out[from + i] = HEX[(int) (bits & 0xF)];
            bits >>>= 4;
        }
    }

    /** An instant as the text of a UTC DATETIME(6): always with seconds and six fraction digits. */
    public static String timestamp(Instant t) {
        if (t == null) {
            return null;
        }
        LocalDateTime u = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
        StringBuilder b = new StringBuilder(26).append(u.toLocalDate()).append(' ');
        pad(b, u.getHour(), 2).append(':');
        pad(b, u.getMinute(), 2).append(':');
        pad(b, u.getSecond(), 2).append('.');
        return pad(b, u.getNano() / 1_000, 6).toString();
    }

    private static StringBuilder pad(StringBuilder b, int value, int width) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        return b.append(digits);
    }

    /** The time a row is stamped with, as {@link BaseEntity} stamps the rows Hibernate writes. */
    public static Instant stamp() {
        return BaseEntity.stampNow();
    }

    /** "?, ?, ?" for an IN list of {@code n} values. */
    public static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** "(row), (row)": the VALUES of one multi-row insert of {@code n} rows, each spelled {@code row}. */
    public static String rows(int n, String row) {
        return String.join(", ", Collections.nCopies(n, "(" + row + ")"));
    }

    /** "UNHEX(?), UNHEX(?)" for an IN list of {@code n} ids. */
    public static String idMarks(int n) {
        return String.join(", ", Collections.nCopies(n, ID));
    }
}
