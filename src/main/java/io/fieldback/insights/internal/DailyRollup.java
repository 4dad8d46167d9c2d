package io.fieldback.insights.internal;

import static io.fieldback.insights.internal.FigureSql.bytes;
import static io.fieldback.insights.internal.FigureSql.key;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.followup.FollowUpStatus;
import io.fieldback.followup.IneligibleReason;
import io.fieldback.insights.InsightsConfig;
import io.fieldback.insights.internal.FigureQueries.Result;
import io.fieldback.insights.internal.FigureSql.Sql;

/**
 * The five-dimension report's tallies from the read model (insights_call_days / insights_answer_days): a
 * year reads ~365 rows per group and flag combination instead of every call. Used for spans of at least
 * {@code fieldback.insights.rollup.min-days} days that are not confined to one station; shorter spans and one
 * station's figures read the calls ({@link FigureQueries}), which is cheap for them. The same numbers either
 * way: a span whose days cannot all be brought up to date first is answered from the calls too.
 */
@ApplicationScoped
class DailyRollup {

    private final DataSource dataSource;
    private final RollupRefresher refresher;
    private final InsightsConfig config;

    DailyRollup(DataSource dataSource, RollupRefresher refresher, InsightsConfig config) {
        this.dataSource = dataSource;
        this.refresher = refresher;
        this.config = config;
    }

    /** The tallies of one period, or empty when the calls must answer (short span, one station, stale days). */
    Optional<Result> tallies(Period period, GroupBy cut, Scope scope, Collection<String> itemCodes) {
        long days = ChronoUnit.DAYS.between(period.first(), period.end());
        if (scope.stationId() != null || days < config.rollup().minDays() || !fresh(period)) {
            return Optional.empty();
        }
        Result result = new Result(1);
        try (Connection c = dataSource.getConnection()) {
            calls(c, period, cut, scope, result);
            if (!itemCodes.isEmpty()) {
                answers(c, period, cut, scope, itemCodes, result);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("insight figures could not be read", e);
        }
        return Optional.of(result);
    }

    /** Brings the span's marked days up to date when there are few; whether none is left marked. */
    private boolean fresh(Period period) {
        long marked = refresher.marked(period.first(), period.last());
        if (marked == 0) {
            return true;
        }
        if (marked > RollupRefresher.BATCH_DAYS) {
            return false;
        }
        refresher.refresh(period.first(), period.last());
        return refresher.marked(period.first(), period.last()) == 0;
    }

    private static void calls(Connection c, Period p, GroupBy cut, Scope scope, Result result) throws SQLException {
        where(new Sql("SELECT source, g, status, ineligible_reason, perfunctory, called, SUM(calls)"
                + " FROM insights_call_days"), p, cut, scope)
                .append(" GROUP BY source, g, status, ineligible_reason, perfunctory, called").query(c, rs -> {
                    Tally t = Result.of(target(result, rs.getString(1)), group(cut, rs.getBytes(2)));
                    FollowUpStatus status = FollowUpStatus.valueOf(rs.getString(3));
                    long count = rs.getLong(7);
                    t.byStatus.merge(status, count, Long::sum);
                    String reason = rs.getString(4);
                    if (status == FollowUpStatus.NOT_ELIGIBLE && reason != null) {
                        t.byReason.merge(IneligibleReason.valueOf(reason), count, Long::sum);
                    }
                    if (status == FollowUpStatus.COMPLETED && rs.getBoolean(5)) {
                        t.perfunctory += count;
                    }
                    if (rs.getBoolean(6)) {
                        t.called += count;
                    }
                });
    }

    private static void answers(Connection c, Period p, GroupBy cut, Scope scope, Collection<String> itemCodes,
            Result result) throws SQLException {
        where(new Sql("SELECT source, g, perfunctory, item_code, SUM(answered), SUM(satisfied)"
                + " FROM insights_answer_days"), p, cut, scope).append(" AND item_code IN (").marks(itemCodes)
                .append(") GROUP BY source, g, perfunctory, item_code").query(c, rs -> {
                    Tally t = Result.of(target(result, rs.getString(1)), group(cut, rs.getBytes(2)));
                    Tally.ItemCount count = t.item(rs.getString(4), rs.getBoolean(3));
                    count.answered += rs.getLong(5);
                    count.satisfied += rs.getLong(6);
                });
    }

    /** Vendor rows are first follow-ups: a scope that does not count those leaves them out by purpose. */
    private static Sql where(Sql sql, Period p, GroupBy cut, Scope scope) {
        sql.append(" WHERE cut = ? AND source IN ('OWN', 'VENDOR') AND day >= ? AND day <= ?").param(cut.name())
                .param(p.first()).param(p.last());
        if (scope.dealerId() != null) {
            sql.append(" AND dealer_id = ?").param(bytes(scope.dealerId()));
        }
        return sql.append(" AND purpose IN (").marks(scope.purposes().stream().map(Enum::name).toList()).append(")");
    }

    private static Map<String, Tally> target(Result result, String source) {
        return "OWN".equals(source) ? result.own.get(0) : result.vendor.get(0);
    }

    /** A station's id from its 16 bytes; any other group's text from its UTF-8. */
    private static String group(GroupBy cut, byte[] value) {
        if (value == null) {
            return null;
        }
        return cut == GroupBy.STATION ? key(value) : new String(value, StandardCharsets.UTF_8);
    }
}
