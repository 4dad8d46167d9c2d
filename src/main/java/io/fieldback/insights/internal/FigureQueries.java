package io.fieldback.insights.internal;

import static io.fieldback.insights.internal.FigureSql.*;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.complaint.ComplaintFacts;
import io.fieldback.followup.CallPurpose;
import io.fieldback.followup.FollowUpFacts;
import io.fieldback.followup.FollowUpStatus;
import io.fieldback.insights.internal.FigureSql.Sql;
import io.fieldback.station.StationFacts;
import io.fieldback.survey.SurveyFacts;

/**
 * The aggregates behind every report, in SQL: GROUP BY over indexed columns, never rows loaded into
 * Java. Each query takes a list of periods (buckets) and answers per bucket and group, so a series of
 * weeks costs one statement per kind of count, not one per week.
 * <p>
 * Calls belong to a period by their due time ({@code due_at}); vendor rows by their interview date;
 * complaints by their receipt ({@code received_at}), second-satisfaction answers by when they were
 * recorded ({@code second_at}). Calls count when their purpose is among the scope's purposes.
 */
@ApplicationScoped
class FigureQueries {

    /** First-call figures count first follow-ups only, whatever other purposes a report counts. */
    private static final String FIRST_CALL = "c.purpose = '" + CallPurpose.FIRST_FOLLOW_UP.name() + "'";

    private final DataSource dataSource;

    FigureQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Tallies per bucket index, then per group key (null: the row has no value for the grouping). */
    static final class Result {
        final List<Map<String, Tally>> own = new ArrayList<>();
        final List<Map<String, Tally>> vendor = new ArrayList<>();

        Result(int buckets) {
            for (int i = 0; i < buckets; i++) {
                own.add(new LinkedHashMap<>());
                vendor.add(new LinkedHashMap<>());
            }
        }

        static Tally of(Map<String, Tally> groups, String key) {
            return groups.computeIfAbsent(key, k -> new Tally());
        }
    }

    /**
     * Calls by status, reason, flag and whether an attempt was made; answers to the given items (with their
     * scores when {@code scores}); and, when {@code fiveItems} is given, respondents with a dissatisfied
     * answer on one of them.
     */
    Result tallies(List<Period> buckets, GroupBy groupBy, Scope scope, Collection<String> itemCodes,
            Collection<String> fiveItems, boolean scores) {
        Result result = new Result(buckets.size());
        try (Connection connection = dataSource.getConnection()) {
            ownCalls(connection, buckets, groupBy, scope, result);
            vendorRows(connection, buckets, groupBy, scope, result);
            if (!itemCodes.isEmpty()) {
                answers(connection, buckets, groupBy, scope, itemCodes, result, true, scores);
                answers(connection, buckets, groupBy, scope, itemCodes, result, false, scores);
            }
            if (fiveItems != null && !fiveItems.isEmpty()) {
                dissatisfied(connection, buckets, scope, fiveItems, result, true);
                dissatisfied(connection, buckets, scope, fiveItems, result, false);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("insight figures could not be read", e);
        }
        return result;
    }

    /** One aggregate per period, as branches of one UNION ALL: each branch reads its own index range. */
    interface Branch {
        void build(Sql sql, Period bucket);
    }

    static Sql union(List<Period> buckets, Branch branch) {
        Sql sql = new Sql("");
        for (int i = 0; i < buckets.size(); i++) {
            sql.append(i == 0 ? "SELECT " : " UNION ALL SELECT ").append(i + " AS b, ");
            branch.build(sql, buckets.get(i));
        }
        return sql;
    }

    private void ownCalls(Connection connection, List<Period> buckets, GroupBy groupBy, Scope scope, Result result)
            throws SQLException {
        union(buckets, (sql, p) -> sql.append(groupBy.callExpression)
                .append(" AS g, c.status, c.ineligible_reason, c.perfunctory, c.attempt_count > 0 AS called, COUNT(*), ")
                .append(FIRST_CALL).append(" AS first_call FROM " + FollowUpFacts.CALLS + " c").callJoins(groupBy)
                .append(" WHERE ")
                .range("c.due_at", p, true).callScope(scope).append(" GROUP BY 2, 3, 4, 5, 6, 8")).query(connection, rs -> {
                    Tally t = Result.of(result.own.get(rs.getInt(1)), key(rs.getObject(2)));
                    t.addCalls(FollowUpStatus.valueOf(rs.getString(3)), rs.getString(4), rs.getBoolean(5),
                            rs.getBoolean(6), rs.getBoolean(8), rs.getLong(7));
                });
    }

    /** A vendor row is one completed interview: due, called, reached and completed at once. */
    private void vendorRows(Connection connection, List<Period> buckets, GroupBy groupBy, Scope scope,
            Result result) throws SQLException {
        union(buckets, (sql, p) -> sql.append(groupBy.vendorExpression)
                .append(" AS g, COUNT(*) FROM " + SurveyFacts.RESULTS + " s")
                .vendorJoins(groupBy).append(" WHERE ").range("s.interview_date", p, false).vendorScope(scope)
                .append(" GROUP BY 2")).query(connection, rs -> {
                    Tally t = Result.of(result.vendor.get(rs.getInt(1)), key(rs.getObject(2)));
                    long count = rs.getLong(3);
                    t.byStatus.merge(FollowUpStatus.COMPLETED, count, Long::sum);
                    t.called += count;
                    t.firstCallsCompleted[0] += count;
                });
    }

    private void answers(Connection connection, List<Period> buckets, GroupBy groupBy, Scope scope,
            Collection<String> itemCodes, Result result, boolean own, boolean scores) throws SQLException {
        String scoreSum = scores ? "SUM(" + SCORE + ")" : "0";
        String scoreCount = scores ? "COUNT(" + SCORE + ")" : "0";
        Sql sql = union(buckets, (branch, p) -> {
            branch.append(own ? groupBy.callExpression : groupBy.vendorExpression)
                    .append(own ? " AS g, c.perfunctory" : " AS g, 0").append(", a.item_code, COUNT(*), SUM(")
                    .append(own ? OWN_SATISFIED : VENDOR_SATISFIED).append("), ").append(scoreSum).append(", ")
                    .append(scoreCount).append(" FROM ");
            if (own) {
                branch.append(FollowUpFacts.CALLS + " c JOIN " + FollowUpFacts.ANSWERS + " a ON a.followup_id = c.id")
                        .callJoins(groupBy)
                        .append(" WHERE ").range("c.due_at", p, true).append(" AND c.status = 'COMPLETED'")
                        .callScope(scope);
            } else {
                branch.append(SurveyFacts.RESULTS + " s JOIN " + SurveyFacts.ANSWERS + " a ON a.result_id = s.id")
                        .vendorJoins(groupBy).append(" WHERE ").range("s.interview_date", p, false).vendorScope(scope);
            }
            branch.append(" AND a.item_code IN (").marks(itemCodes).append(") GROUP BY 2, 3, 4");
        });
        List<Map<String, Tally>> target = own ? result.own : result.vendor;
        sql.query(connection, rs -> {
            Tally t = Result.of(target.get(rs.getInt(1)), key(rs.getObject(2)));
            Tally.ItemCount count = t.item(rs.getString(4), rs.getBoolean(3));
            count.answered += rs.getLong(5);
            count.satisfied += rs.getLong(6);
            BigDecimal sum = rs.getBigDecimal(7);
            count.scoreSum = count.scoreSum.add(sum == null ? BigDecimal.ZERO : sum);
            count.scored += rs.getLong(8);
        });
    }

    /** First-call respondents with a dissatisfied answer on one of the five items (totals only, for first-call satisfaction). */
    private void dissatisfied(Connection connection, List<Period> buckets, Scope scope, Collection<String> fiveItems,
            Result result, boolean own) throws SQLException {
        Sql sql = union(buckets, (branch, p) -> {
            if (own) {
                branch.append("c.perfunctory, COUNT(DISTINCT c.id) FROM " + FollowUpFacts.CALLS + " c JOIN "
                        + FollowUpFacts.ANSWERS + " a "
                        + "ON a.followup_id = c.id WHERE ").range("c.due_at", p, true)
                        .append(" AND c.status = 'COMPLETED' AND ").append(FIRST_CALL).callScope(scope)
                        .append(" AND a.item_code IN (")
                        .marks(fiveItems).append(") AND NOT (").append(OWN_SATISFIED).append(") GROUP BY 2");
            } else {
                branch.append("0, COUNT(DISTINCT s.id) FROM " + SurveyFacts.RESULTS + " s JOIN " + SurveyFacts.ANSWERS
                        + " a "
                        + "ON a.result_id = s.id WHERE ").range("s.interview_date", p, false).vendorScope(scope)
                        .append(" AND a.item_code IN (").marks(fiveItems).append(") AND NOT (")
                        .append(VENDOR_SATISFIED).append(")");
            }
        });
        List<Map<String, Tally>> target = own ? result.own : result.vendor;
        sql.query(connection, rs -> Result.of(target.get(rs.getInt(1)), "")
                .dissatisfied[rs.getBoolean(2) ? 1 : 0] += rs.getLong(3));
    }

    /** Per bucket: complaints received (duplicates left out), and second-satisfaction answers recorded. */
    long[][] complaints(List<Period> buckets, Scope scope) {
        long[][] counts = new long[buckets.size()][3]; // received, asked again, satisfied again
        try (Connection connection = dataSource.getConnection()) {
            union(buckets, (sql, p) -> sql.append("0, COUNT(*), 0 FROM " + ComplaintFacts.COMPLAINTS + " x WHERE ")
                    .range("x.received_at", p, true).append(" AND x.duplicate_of IS NULL").complaintScope(scope)
                    .append(" UNION ALL SELECT ").append(buckets.indexOf(p) + ", 1, COUNT(*), SUM(x.second_satisfied) ")
                    .append("FROM " + ComplaintFacts.COMPLAINTS + " x WHERE ").range("x.second_at", p, true)
                    .append(" AND x.second_satisfied IS NOT NULL AND x.duplicate_of IS NULL").complaintScope(scope))
                    .query(connection, rs -> {
                        long[] c = counts[rs.getInt(1)];
                        if (rs.getInt(2) == 0) {
                            c[0] = rs.getLong(3);
                        } else {
                            c[1] = rs.getLong(3);
                            c[2] = rs.getLong(4);
                        }
                    });
        } catch (SQLException e) {
            throw new IllegalStateException("complaint counts could not be read", e);
        }
        return counts;
    }

    /** Item code to item type, from every questionnaire version that has the code. */
    Map<String, String> itemTypes(Collection<String> codes) {
        Map<String, String> types = new HashMap<>();
        if (codes.isEmpty()) {
            return types;
        }
        try (Connection connection = dataSource.getConnection()) {
            new Sql("SELECT DISTINCT code, type FROM " + FollowUpFacts.ITEMS + " WHERE code IN (").marks(codes)
                    .append(")").query(connection, rs -> types.putIfAbsent(rs.getString(1), rs.getString(2)));
        } catch (SQLException e) {
            throw new IllegalStateException("questionnaire items could not be read", e);
        }
        return types;
    }

    /** Station id to "code name", for labels. */
    Map<String, String> stationLabels(Collection<String> ids) {
        Map<String, String> labels = new HashMap<>();
        List<String> known = ids.stream().filter(id -> id != null && !id.isEmpty()).toList();
        if (known.isEmpty()) {
            return labels;
        }
        try (Connection connection = dataSource.getConnection()) {
            Sql sql = new Sql("SELECT id, code, name FROM " + StationFacts.STATIONS + " WHERE id IN (");
            for (int i = 0; i < known.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?").param(bytes(UUID.fromString(known.get(i))));
            }
            sql.append(")").query(connection,
                    rs -> labels.put(key(rs.getObject(1)), rs.getString(2) + " " + rs.getString(3)));
        } catch (SQLException e) {
            throw new IllegalStateException("stations could not be read", e);
        }
        return labels;
    }

    /** Whether the station exists and belongs to the dealer (any dealer when null). */
    boolean stationVisible(UUID stationId, UUID dealerId) {
        try (Connection connection = dataSource.getConnection()) {
            Sql sql = new Sql("SELECT COUNT(*) FROM " + StationFacts.STATIONS + " WHERE id = ?")
                    .param(bytes(stationId));
            if (dealerId != null) {
                sql.append(" AND dealer_id = ?").param(bytes(dealerId));
            }
            long[] count = new long[1];
            sql.query(connection, rs -> count[0] = rs.getLong(1));
            return count[0] > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("stations could not be read", e);
        }
    }
}
