package io.fieldback.bench.repairorders;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Which connection sent the statements the server counted during one API request (BENCH_ATTRIBUTE=1): the
 * server's general log (to a table) is on for that request only; the request is what the connection that locked
 * the dealer's stored orders ({@code FROM visits WHERE dealer_id ... FOR UPDATE}) sent from its transaction's start
 * on; everything else is the app's background work in the same window (outbox readers, the follow-up intake, the
 * feed sequencer, the insights roll-up), statements from the log's start to the request's end.
 * The log costs the server a little: the batch it covers is not one of the measured ones.
 */
final class StatementAttribution {

    private static final String VERB = "UPPER(SUBSTRING_INDEX(TRIM(argument), ' ', 1))";
    /** The statement with its literals (strings, binary ids, numbers) as ?, so that one shape counts once. */
    private static final String SHAPE = "LEFT(REGEXP_REPLACE(REGEXP_REPLACE(REGEXP_REPLACE(TRIM(argument),"
            + " '''[^'']*''', '?'), '0x[0-9a-fA-F]+|\\\\b[0-9]+\\\\b', '?'), '\\\\s+', ' '), 120)";

    private StatementAttribution() {
    }

    static void start(Connection probe) throws SQLException {
        try (Statement s = probe.createStatement()) {
            s.execute("SET GLOBAL general_log = 0");
            s.execute("SET GLOBAL log_output = 'TABLE'");
            s.execute("TRUNCATE TABLE mysql.general_log");
            s.execute("SET GLOBAL general_log = 1");
        }
    }

    /** Stops the log; the counts per side and verb, and the background's most frequent statement shapes. */
    static String stop(Connection probe) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Statement s = probe.createStatement()) {
            s.execute("SET GLOBAL general_log = 0");
            // a copy with the request's connection and its start worked out once (the log table has no index); the
            // pool lends that connection to background jobs too, so the request starts at its last autocommit=0
            // before the locked read
            // statements cut to their first 400 characters: a multi-row INSERT of 1,000 rows is about a megabyte
            s.execute("CREATE TEMPORARY TABLE bench_log AS SELECT event_time, thread_id, command_type,"
                    + " LEFT(argument, 400) AS argument, argument LIKE '%FROM visits WHERE dealer_id%FOR UPDATE%'"
                    + " AS locked_read FROM mysql.general_log WHERE thread_id <> CONNECTION_ID()");
            s.execute("SELECT thread_id, event_time INTO @req, @read FROM bench_log WHERE locked_read"
                    + " ORDER BY event_time LIMIT 1");
            s.execute("SELECT MAX(event_time) INTO @req_start FROM bench_log WHERE thread_id = @req"
                    + " AND event_time <= @read AND argument LIKE 'SET autocommit=0%'");
            String side = "IF(thread_id = @req AND event_time >= @req_start, 'request', 'background')";
            String where = " FROM bench_log WHERE command_type IN ('Query', 'Execute')"
                    + " AND NOT (thread_id = @req AND event_time < @req_start)";
            try (ResultSet r = s.executeQuery("SELECT " + side + " AS side, " + VERB + " AS verb, COUNT(*),"
                    + " COUNT(DISTINCT thread_id)" + where + " GROUP BY side, verb ORDER BY side, COUNT(*) DESC")) {
                while (r.next()) {
                    out.append(String.format(Locale.ROOT, "%-10s %-10s %6d statements on %d connection(s)%n",
                            r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)));
                }
            }
            out.append("most frequent statement shapes (literals as ?, first 120 characters):\n");
            try (ResultSet r = s.executeQuery("SELECT " + side + " AS side, " + SHAPE + " AS shape, COUNT(*) AS n"
                    + where
                    + " GROUP BY side, shape ORDER BY n DESC LIMIT 25")) {
                while (r.next()) {
                    out.append(String.format(Locale.ROOT, "%-10s %6d  %s%n", r.getString(1), r.getLong(3),
                            r.getString(2)));
                }
            }
            s.execute("DROP TEMPORARY TABLE bench_log");
        }
        return out.toString();
    }
}
