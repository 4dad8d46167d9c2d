package io.fieldback.insights.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

import io.fieldback.insights.internal.FigureSql.Sql;

/**
 * The month rows of the roll-up: per calendar month of the figures' zone, the sums of its day rows over the
 * same grain. Rebuilt from the day rows in the transaction that rebuilds the days (the refresh holds the
 * roll-up's lock), so a month always equals the sum of its days and is as fresh as they are.
 */
final class RollupMonths {

    private static final String CALL_GRAIN = "cut, source, month, dealer_id, purpose, g, status, ineligible_reason,"
            + " perfunctory, called";
    private static final String ANSWER_GRAIN = "cut, source, month, dealer_id, purpose, g, perfunctory, item_code";
    /** A day's month, as its first day. */
    private static final String MONTH_OF_DAY = "DATE_SUB(day, INTERVAL DAYOFMONTH(day) - 1 DAY)";

    private RollupMonths() {
    }

    /** The months (their first days) that hold the given days. */
    static SortedSet<LocalDate> of(Collection<LocalDate> days) {
        SortedSet<LocalDate> months = new TreeSet<>();
        days.forEach(day -> months.add(day.withDayOfMonth(1)));
        return months;
    }

    /** Replaces the rows of each month with the sums of its day rows as this transaction sees them. */
    static void rebuild(Connection c, Collection<LocalDate> months) throws SQLException {
        for (LocalDate month : months) {
            LocalDate next = month.plusMonths(1);
            new Sql("DELETE FROM insights_call_months WHERE month = ?").param(month).update(c);
            new Sql("DELETE FROM insights_answer_months WHERE month = ?").param(month).update(c);
            new Sql("INSERT INTO insights_call_months (" + CALL_GRAIN + ", calls, dissatisfied) SELECT "
                    + CALL_GRAIN.replace("month", MONTH_OF_DAY) + ", SUM(calls), SUM(dissatisfied)"
                    + " FROM insights_call_days WHERE day >= ? AND day < ? GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10")
                    .param(month).param(next).update(c);
            new Sql("INSERT INTO insights_answer_months (" + ANSWER_GRAIN + ", answered, satisfied, score_sum, scored)"
                    + " SELECT " + ANSWER_GRAIN.replace("month", MONTH_OF_DAY) + ", SUM(answered), SUM(satisfied),"
                    + " SUM(score_sum), SUM(scored) FROM insights_answer_days WHERE day >= ? AND day < ?"
                    + " GROUP BY 1, 2, 3, 4, 5, 6, 7, 8").param(month).param(next).update(c);
        }
    }
}
