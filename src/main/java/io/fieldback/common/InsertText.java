package io.fieldback.common;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Multi-row INSERTs whose VALUES are written as SQL literals here, for bulk paths' rows ({@link JdbcBatch} binds
 * them instead). A request of 5,000 claims binds some 480,000 parameters, and the MySQL driver's batch rewrite spent
 * more on each of them (encoder and property look-ups, charset look-ups, escaping scans, a second pass to size the
 * batch) than the rest of the request: half of its profile (issue 17). The literals cannot carry SQL: ids and any
 * text outside a small set of plain characters go as hex ({@code X'..'}, {@code _utf8mb4 X'..'}), numbers, dates
 * and instants as their digits, so nothing from a request is ever spliced in as written unless it is only letters,
 * digits and {@code " .,:/_-+@#"}.
 */
public final class InsertText {

    /** Rows are sent once a statement's text passes this size, well under the server's 16 MB packet default. */
    private static final int STATEMENT_CHARS = 1 << 20;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Writes one row's values, in the head's column order, through {@link Values#add}. */
    @FunctionalInterface
    public interface Row<T> {
        void write(Values values, T row);
    }

    /** The values of the row being written. */
    public static final class Values {
        private final StringBuilder sql;
        private boolean first = true;

        private Values(StringBuilder sql) {
            this.sql = sql;
        }

        public Values add(Object... values) {
            for (Object v : values) {
                sql.append(first ? "" : ", ");
                first = false;
                literal(sql, v);
            }
            return this;
        }
    }

    private InsertText() {
    }

    /**
     * Inserts the rows with {@code head} ("INSERT INTO t (a, b) VALUES ") in as few statements as the size allows,
     * on the current transaction's connection.
     */
    public static <T> void insert(String head, Collection<T> rows, Row<T> row) {
        if (!rows.isEmpty()) {
            Panache.getEntityManager().unwrap(Session.class).doWork(c -> insert(c, head, "", rows, row));
        }
    }

    /**
     * As {@link #insert(String, Collection, Row)} on the given connection, each statement ending in {@code tail}
     * (such as " ON DUPLICATE KEY UPDATE a = VALUES(a)", or ""); the sum of the statements' update counts (for
     * ON DUPLICATE KEY UPDATE, as the server counts: 1 per row inserted, 2 per row changed).
     */
    public static <T> long insert(Connection c, String head, String tail, Collection<T> rows, Row<T> row)
            throws SQLException {
        if (rows.isEmpty()) {
            return 0;
        }
        long count = 0;
        try (Statement s = c.createStatement()) {
            s.setEscapeProcessing(false);
            StringBuilder sql = new StringBuilder(Math.min(STATEMENT_CHARS + 4096, rows.size() * 512));
            for (T r : rows) {
                sql.append(sql.length() == 0 ? head : ", ").append('(');
                row.write(new Values(sql), r);
                sql.append(')');
                if (sql.length() >= STATEMENT_CHARS) {
                    count += execute(s, sql, tail);
                }
            }
            return count + execute(s, sql, tail);
        }
    }

    private static int execute(Statement s, StringBuilder sql, String tail) throws SQLException {
        if (sql.length() == 0) {
            return 0;
        }
        int count = s.executeUpdate(sql.append(tail).toString());
        sql.setLength(0);
        return count;
    }

    /** Appends {@code v} as an SQL literal: see the class comment for what goes as hex. */
    static void literal(StringBuilder sql, Object v) {
        if (v == null) {
            sql.append("NULL");
        } else if (v instanceof UUID id) {
            sql.append("X'").append(JdbcBatch.hex(id)).append('\'');
        } else if (v instanceof Instant t) {
            timestamp(sql.append('\''), t).append('\'');
        } else if (v instanceof LocalDate d) {
            date(sql.append('\''), d).append('\'');
        } else if (v instanceof BigDecimal n) {
            sql.append(n.toPlainString());
        } else if (v instanceof Integer || v instanceof Long) {
            sql.append(v);
        } else if (v instanceof Boolean b) {
            sql.append(b ? "TRUE" : "FALSE");
        } else if (v instanceof Enum<?> e) {
            text(sql, e.name());
        } else if (v instanceof String s) {
            text(sql, s);
        } else {
            throw new IllegalArgumentException("no SQL literal for a " + v.getClass().getName());
        }
    }

    /**
     * The text {@link JdbcBatch#timestamp} gives, written in place: its builder and string per instant were a sixth
     * of the dealer upsert's own profile once the driver's binding was gone.
     */
    private static StringBuilder timestamp(StringBuilder sql, Instant t) {
        long seconds = t.getEpochSecond();
        int second = (int) Math.floorMod(seconds, 86_400L);
        date(sql, LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L))).append(' ');
        pad(sql, second / 3_600, 2).append(':');
        pad(sql, second / 60 % 60, 2).append(':');
        pad(sql, second % 60, 2).append('.');
        return pad(sql, t.getNano() / 1_000, 6);
    }

    private static StringBuilder date(StringBuilder sql, LocalDate d) {
        if (d.getYear() < 1000 || d.getYear() > 9999) {
            return sql.append(d); // ISO's sign and extra digits, as LocalDate spells them
        }
        pad(sql, d.getYear(), 4).append('-');
        pad(sql, d.getMonthValue(), 2).append('-');
        return pad(sql, d.getDayOfMonth(), 2);
    }

    /** {@code value} (not negative) with leading zeros to {@code width} digits. */
    private static StringBuilder pad(StringBuilder sql, int value, int width) {
        int digits = 1;
        for (int rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = digits; i < width; i++) {
            sql.append('0');
        }
        return sql.append(value);
    }

    private static void text(StringBuilder sql, String s) {
        if (plain(s)) {
            sql.append('\'').append(s).append('\'');
            return;
        }
        sql.append("_utf8mb4 X'");
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            sql.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
        sql.append('\'');
    }

    private static boolean plain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || " .,:/_-+@#".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
