package io.fieldback.insights.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import io.fieldback.followup.FollowUpFacts;
import io.fieldback.survey.SurveyFacts;

/**
 * Sums and counts of the scores of graded answers (the score of the option chosen, kept on the answer),
 * per period and item, for own calls and vendor rows apart; in SQL, one statement per source.
 */
@ApplicationScoped
class GradeScoreQueries {

    private final DataSource dataSource;

    GradeScoreQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One item's scored answers in one period and source. */
    static final class Sum {
        long answers;
        BigDecimal sum = BigDecimal.ZERO;
    }

    /** Per bucket: item code and dimension ("code\tdimension") to own and vendor sums. */
    static final class Result {
        final List<Map<String, Sum[]>> buckets = new ArrayList<>();

        Result(int size) {
            for (int i = 0; i < size; i++) {
                buckets.add(new TreeMap<>());
            }
        }
    }

    Result sums(List<Period> buckets, Scope scope, boolean includePerfunctory) {
        Result result = new Result(buckets.size());
        try (Connection connection = dataSource.getConnection()) {
            read(connection, buckets, true, scope, includePerfunctory, result);
            read(connection, buckets, false, scope, includePerfunctory, result);
        } catch (SQLException e) {
            throw new IllegalStateException("grade scores could not be read", e);
        }
        return result;
    }

    private static void read(Connection connection, List<Period> buckets, boolean own, Scope scope,
            boolean includePerfunctory, Result result) throws SQLException {
        FigureQueries.union(buckets, (sql, p) -> {
            sql.append("a.item_code, q.dimension, COUNT(*), SUM(a.score) FROM ");
            if (own) {
                sql.append(FollowUpFacts.CALLS + " c JOIN " + FollowUpFacts.ANSWERS + " a ON a.followup_id = c.id "
                        + "JOIN " + FollowUpFacts.ITEMS + " q ON q.questionnaire_id = c.questionnaire_id "
                        + "AND q.code = a.item_code WHERE ").range("c.due_at", p, true)
                        .append(" AND c.status = 'COMPLETED'")
                        .append(includePerfunctory ? "" : " AND c.perfunctory = 0").callScope(scope);
            } else {
                sql.append(SurveyFacts.RESULTS + " s JOIN " + SurveyFacts.ANSWERS + " a ON a.result_id = s.id "
                        + "JOIN " + FollowUpFacts.ITEMS + " q ON q.questionnaire_id = s.questionnaire_id "
                        + "AND q.code = a.item_code WHERE ").range("s.interview_date", p, false).vendorScope(scope);
            }
            sql.append(" AND a.score IS NOT NULL GROUP BY 2, 3");
        }).query(connection, rs -> {
            String dimension = rs.getString(3);
            String key = rs.getString(2) + "\t" + (dimension == null ? "" : dimension);
            Sum sum = result.buckets.get(rs.getInt(1)).computeIfAbsent(key, k -> new Sum[] { new Sum(), new Sum() })[
                    own ? 0 : 1];
            sum.answers += rs.getLong(4);
            sum.sum = sum.sum.add(rs.getBigDecimal(5));
        });
    }

    /** The answers of many items added up per dimension. */
    static Map<String, Sum[]> byDimension(Map<String, Sum[]> items) {
        Map<String, Sum[]> parts = new LinkedHashMap<>();
        items.forEach((key, sums) -> {
            String dimension = key.substring(key.indexOf('\t') + 1);
            if (dimension.isEmpty()) {
                return;
            }
            Sum[] part = parts.computeIfAbsent(dimension, d -> new Sum[] { new Sum(), new Sum() });
            for (int i = 0; i < 2; i++) {
                part[i].answers += sums[i].answers;
                part[i].sum = part[i].sum.add(sums[i].sum);
            }
        });
        return parts;
    }
}
