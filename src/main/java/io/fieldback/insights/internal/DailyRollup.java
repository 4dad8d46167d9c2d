package io.fieldback.insights.internal;

import static io.fieldback.insights.internal.FigureSql.bytes;
import static io.fieldback.insights.internal.FigureSql.key;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.followup.CallPurpose;
import io.fieldback.followup.FollowUpStatus;
import io.fieldback.insights.InsightsConfig;
import io.fieldback.insights.internal.FigureQueries.Result;
import io.fieldback.insights.internal.FigureSql.Sql;

/**
 * The report tallies from the roll-up: whole months from the month rows (insights_call_months /
 * insights_answer_months), the days around them from the day rows (insights_call_days / insights_answer_days),
 * so a year reads ~11 months and ~30 days of rows per group and flag combination instead of every call. Used
 * for spans of at least {@code fieldback.insights.rollup.min-days} days that are not confined to one station
 * (the five-dimension report, and the satisfaction index over its whole series of periods); shorter spans and
 * one station's figures read the calls ({@link FigureQueries}). The same numbers either way: a span whose days
 * cannot all be brought up to date first is answered from the calls too.
 */
@ApplicationScoped
class DailyRollup {

    private static final String FIRST_CALL = CallPurpose.FIRST_FOLLOW_UP.name();

    private final DataSource dataSource;
    private final RollupRefresher refresher;
    private final InsightsConfig config;

    DailyRollup(DataSource dataSource, RollupRefresher refresher, InsightsConfig config) {
        this.dataSource = dataSource;
        this.refresher = refresher;
        this.config = config;
    }

    /** One table pair of the roll-up: the day rows or the month rows, and their date column. */
    private enum Grain {
        DAY("insights_call_days", "insights_answer_days", "day"),
        MONTH("insights_call_months", "insights_answer_months", "month");

        final String calls;
        final String answers;
        final String column;

        Grain(String calls, String answers, String column) {
            this.calls = calls;
            this.answers = answers;
            this.column = column;
        }
    }

    /**
     * The tallies per period (bucket), or empty when the calls must answer (short span, one station, stale
     * days). {@code firstCalls}: also the first-call respondents with a dissatisfied answer on one of the five
     * items, which count in the group's own tally (the index reads cut NONE only).
     */
    Optional<Result> tallies(List<Period> buckets, GroupBy cut, Scope scope, Collection<String> itemCodes,
            boolean firstCalls) {
        LocalDate first = buckets.get(0).first();
        LocalDate last = buckets.get(buckets.size() - 1).last();
        if (scope.stationId() != null || ChronoUnit.DAYS.between(first, last) + 1 < config.rollup().minDays()
                || !fresh(first, last)) {
            return Optional.empty();
        }
        Result result = new Result(buckets.size());
        RollupPieces pieces = RollupPieces.of(buckets);
        try (Connection c = dataSource.getConnection()) {
            read(c, Grain.DAY, pieces.days(), cut, scope, itemCodes, firstCalls, result);
            read(c, Grain.MONTH, pieces.months(), cut, scope, itemCodes, firstCalls, result);
        } catch (SQLException e) {
            throw new IllegalStateException("insight figures could not be read", e);
        }
        return Optional.of(result);
    }

    private static void read(Connection c, Grain grain, List<RollupPieces.Piece> pieces, GroupBy cut, Scope scope,
            Collection<String> itemCodes, boolean firstCalls, Result result) throws SQLException {
        if (pieces.isEmpty()) {
            return;
        }
        calls(c, grain, pieces, cut, scope, firstCalls, result);
        if (!itemCodes.isEmpty()) {
            answers(c, grain, pieces, cut, scope, itemCodes, result);
        }
    }

    /** Brings the span's marked days up to date when there are few; whether none is left marked. */
    private boolean fresh(LocalDate first, LocalDate last) {
        long marked = refresher.marked(first, last);
        if (marked == 0) {
            return true;
        }
        if (marked > RollupRefresher.BATCH_DAYS) {
            return false;
        }
        refresher.refresh(first, last);
        return refresher.marked(first, last) == 0;
    }

    private static void calls(Connection c, Grain grain, List<RollupPieces.Piece> pieces, GroupBy cut, Scope scope,
            boolean firstCalls, Result result) throws SQLException {
        Sql sql = RollupPieces.bucket(new Sql("SELECT "), grain.column, pieces)
                .append(", source, g, purpose, status, ineligible_reason, perfunctory, called, SUM(calls),"
                        + " SUM(dissatisfied) FROM " + grain.calls);
        where(sql, grain, pieces, cut, scope).append(" GROUP BY 1, 2, 3, 4, 5, 6, 7, 8").query(c, rs -> {
            Tally t = Result.of(target(result, rs.getInt(1), rs.getString(2)), group(cut, rs.getBytes(3)));
            t.addCalls(FollowUpStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getBoolean(7), rs.getBoolean(8),
                    FIRST_CALL.equals(rs.getString(4)), rs.getLong(9));
            if (firstCalls && FIRST_CALL.equals(rs.getString(4))) {
                t.dissatisfied[rs.getBoolean(7) ? 1 : 0] += rs.getLong(10);
            }
        });
    }

    private static void answers(Connection c, Grain grain, List<RollupPieces.Piece> pieces, GroupBy cut,
            Scope scope, Collection<String> itemCodes, Result result) throws SQLException {
        Sql sql = RollupPieces.bucket(new Sql("SELECT "), grain.column, pieces)
                .append(", source, g, perfunctory, item_code, SUM(answered), SUM(satisfied), SUM(score_sum),"
                        + " SUM(scored) FROM " + grain.answers);
        where(sql, grain, pieces, cut, scope).append(" AND item_code IN (").marks(itemCodes)
                .append(") GROUP BY 1, 2, 3, 4, 5").query(c, rs -> {
                    Tally t = Result.of(target(result, rs.getInt(1), rs.getString(2)), group(cut, rs.getBytes(3)));
                    Tally.ItemCount count = t.item(rs.getString(5), rs.getBoolean(4));
                    count.answered += rs.getLong(6);
                    count.satisfied += rs.getLong(7);
                    count.scoreSum = count.scoreSum.add(rs.getBigDecimal(8));
                    count.scored += rs.getLong(9);
                });
    }

    /** Vendor rows are first follow-ups: a scope that does not count those leaves them out by purpose. */
    private static Sql where(Sql sql, Grain grain, List<RollupPieces.Piece> pieces, GroupBy cut, Scope scope) {
        sql.append(" WHERE cut = ? AND source IN ('OWN', 'VENDOR') AND ").param(cut.name());
        RollupPieces.ranges(sql, grain.column, pieces);
        if (scope.dealerId() != null) {
            sql.append(" AND dealer_id = ?").param(bytes(scope.dealerId()));
        }
        return sql.append(" AND purpose IN (").marks(scope.purposes().stream().map(Enum::name).toList()).append(")");
    }

    private static Map<String, Tally> target(Result result, int bucket, String source) {
        return "OWN".equals(source) ? result.own.get(bucket) : result.vendor.get(bucket);
    }

    /** A station's id from its 16 bytes; any other group's text from its UTF-8. */
    private static String group(GroupBy cut, byte[] value) {
        if (value == null) {
            return null;
        }
        return cut == GroupBy.STATION ? key(value) : new String(value, StandardCharsets.UTF_8);
    }
}
