package io.fieldback.warranty.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import org.hibernate.Session;

import io.fieldback.common.JdbcBatch;

/**
 * Multi-row INSERTs whose VALUES are written as SQL literals here, for the bulk claim path's claim and line rows. A
 * request of 5,000 claims binds some 480,000 parameters, and the MySQL driver's batch rewrite spent more on each of
 * them (encoder and property look-ups, charset look-ups, escaping scans, a second pass to size the batch) than the
 * rest of the request: half of its profile (issue 17). The literals cannot carry SQL: ids and any text outside a
 * small set of plain characters go as hex ({@code X'..'}, {@code _utf8mb4 X'..'}), numbers, dates and instants as
 * their digits, so nothing from a request is ever spliced in as written unless it is only letters, digits and
 * {@code " .,:/_-+@#"}.
 */
final class InsertText {

    /** Rows are sent once a statement's text passes this size, well under the server's 16 MB packet default. */
    private static final int STATEMENT_CHARS = 1 << 20;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** Writes one row's values, in the head's column order, through {@link Values#add}. */
    @FunctionalInterface
    interface Row<T> {
        void write(Values values, T row);
    }

    /** The values of the row being written. */
    static final class Values {
        private final StringBuilder sql;
        private boolean first = true;

        private Values(StringBuilder sql) {
            this.sql = sql;
        }

        Values add(Object... values) {
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

    /** Inserts the rows with {@code head} ("INSERT INTO t (a, b) VALUES ") in as few statements as the size allows. */
    static <T> void insert(String head, Collection<T> rows, Row<T> row) {
        if (rows.isEmpty()) {
            return;
        }
        WarrantyClaim.getEntityManager().unwrap(Session.class).doWork(c -> {
            try (Statement s = c.createStatement()) {
                s.setEscapeProcessing(false);
                StringBuilder sql = new StringBuilder(Math.min(STATEMENT_CHARS + 4096, rows.size() * 512));
                for (T r : rows) {
                    sql.append(sql.length() == 0 ? head : ", ").append('(');
                    row.write(new Values(sql), r);
                    sql.append(')');
                    if (sql.length() >= STATEMENT_CHARS) {
                        execute(s, sql);
                    }
                }
                execute(s, sql);
            }
        });
    }

    private static void execute(Statement s, StringBuilder sql) throws SQLException {
        if (sql.length() > 0) {
            s.executeUpdate(sql.toString());
            sql.setLength(0);
        }
    }

    static void literal(StringBuilder sql, Object v) {
        if (v == null) {
            sql.append("NULL");
        } else if (v instanceof UUID id) {
            sql.append("X'").append(JdbcBatch.hex(id)).append('\'');
        } else if (v instanceof Instant t) {
            sql.append('\'').append(JdbcBatch.timestamp(t)).append('\'');
        } else if (v instanceof LocalDate d) {
            sql.append('\'').append(d).append('\'');
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
