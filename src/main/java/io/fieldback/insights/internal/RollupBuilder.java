package io.fieldback.insights.internal;

import static io.fieldback.insights.internal.FigureSql.OWN_SATISFIED;
import static io.fieldback.insights.internal.FigureSql.SCORE;
import static io.fieldback.insights.internal.FigureSql.VENDOR_SATISFIED;
import static io.fieldback.insights.internal.FigureSql.utc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.followup.CallPurpose;
import io.fieldback.followup.FollowUpFacts;
import io.fieldback.insights.InsightsConfig;
import io.fieldback.insights.internal.FigureSql.Sql;
import io.fieldback.survey.SurveyFacts;

/**
 * Rebuilds days of the read model from the calls and vendor rows: per cut (grouping) and source, one
 * INSERT ... SELECT that groups a span of days. Like the raw report queries ({@link FigureQueries}) it reads
 * other features' rows only through the views they publish ({@code FollowUpFacts}, {@code SurveyFacts},
 * {@code CustomerFacts}): a set-based rebuild through per-feature query methods would move every row through
 * Java, while a merged view costs the server nothing and leaves the tables their owners' to change. The caller
 * holds the connection's transaction.
 */
@ApplicationScoped
class RollupBuilder {

    /** OPEN and AWAITING_SAMPLE count together in every figure: the draw that moves calls between them changes none. */
    private static final String STATUS = "CASE c.status WHEN 'AWAITING_SAMPLE' THEN 'OPEN' ELSE c.status END";
    /** The answers' 0-1 scores, summed exactly (DECIMAL) and counted, as the raw index query does. */
    private static final String SCORES = "COALESCE(SUM(" + SCORE + "), 0), COUNT(" + SCORE + ")";
    private static final String VENDOR_PURPOSE = "'" + CallPurpose.FIRST_FOLLOW_UP.name() + "'";

    private final InsightsConfig config;

    RollupBuilder(InsightsConfig config) {
        this.config = config;
    }

    /** A stretch of time with one UTC offset in the figures' zone, so a call's day is DATE(due_at + offset). */
    record Segment(Instant from, Instant to, int offsetSeconds) {
    }

    /**
     * Replaces the rows of the days {@code first} to {@code last} with what the sources say now (the caller
     * rebuilds their months afterwards, {@link RollupMonths}).
     */
    void rebuild(Connection c, LocalDate first, LocalDate last) throws SQLException {
        new Sql("DELETE FROM insights_call_days WHERE day >= ? AND day <= ?").param(first).param(last).update(c);
        new Sql("DELETE FROM insights_answer_days WHERE day >= ? AND day <= ?").param(first).param(last).update(c);
        List<Segment> segments = segments(first, last, config.timeZone());
        Collection<String> five = InsightsService.fiveItems(config).values();
        for (GroupBy cut : GroupBy.values()) {
            for (Segment segment : segments) {
                ownCalls(c, cut, segment, five);
                ownAnswers(c, cut, segment);
            }
            vendorRows(c, cut, first, last, five);
            vendorAnswers(c, cut, first, last);
        }
    }

    static List<Segment> segments(LocalDate first, LocalDate last, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        List<Segment> segments = new ArrayList<>();
        for (Instant from = first.atStartOfDay(zone).toInstant(); from.isBefore(end);) {
            ZoneOffsetTransition next = rules.nextTransition(from);
            Instant to = next == null || !next.getInstant().isBefore(end) ? end : next.getInstant();
            segments.add(new Segment(from, to, rules.getOffset(from).getTotalSeconds()));
            from = to;
        }
        return segments;
    }

    /** Completed calls with a dissatisfied answer on one of the five items (the index's first-call figure). */
    private static void ownCalls(Connection c, GroupBy cut, Segment s, Collection<String> five) throws SQLException {
        new Sql("INSERT INTO insights_call_days (cut, source, day, dealer_id, purpose, g, status, ineligible_reason,"
                + " perfunctory, called, calls, dissatisfied) SELECT ?, 'OWN', DATE(c.due_at + INTERVAL ? SECOND),"
                + " c.dealer_id, c.purpose, CAST(").param(cut.name()).param(s.offsetSeconds())
                .append(cut.callExpression).append(" AS BINARY), ").append(STATUS)
                .append(", c.ineligible_reason, c.perfunctory, c.attempt_count > 0, COUNT(*), SUM(c.status ="
                        + " 'COMPLETED' AND EXISTS (SELECT 1 FROM " + FollowUpFacts.ANSWERS
                        + " a WHERE a.followup_id = c.id"
                        + " AND a.item_code IN (").marks(five).append(") AND NOT (").append(OWN_SATISFIED)
                .append("))) FROM " + FollowUpFacts.CALLS + " c").callJoins(cut)
                .append(" WHERE c.due_at >= ? AND c.due_at < ?")
                .param(utc(s.from())).param(utc(s.to())).append(" GROUP BY 3, 4, 5, 6, 7, 8, 9, 10").update(c);
    }

    private static void ownAnswers(Connection c, GroupBy cut, Segment s) throws SQLException {
        new Sql("INSERT INTO insights_answer_days (cut, source, day, dealer_id, purpose, g, perfunctory, item_code,"
                + " answered, satisfied, score_sum, scored) SELECT ?, 'OWN', DATE(c.due_at + INTERVAL ? SECOND),"
                + " c.dealer_id, c.purpose, CAST(").param(cut.name()).param(s.offsetSeconds())
                .append(cut.callExpression).append(" AS BINARY), c.perfunctory, a.item_code, COUNT(*), COALESCE(SUM(")
                .append(OWN_SATISFIED).append("), 0), ").append(SCORES)
                .append(" FROM " + FollowUpFacts.CALLS + " c JOIN " + FollowUpFacts.ANSWERS + " a ON a.followup_id = c.id")
                .callJoins(cut)
                .append(" WHERE c.due_at >= ? AND c.due_at < ? AND c.status = 'COMPLETED'").param(utc(s.from()))
                .param(utc(s.to())).append(" GROUP BY 3, 4, 5, 6, 7, 8").update(c);
    }

    /** A vendor row is one completed first interview: due, called, reached and completed at once. */
    private static void vendorRows(Connection c, GroupBy cut, LocalDate first, LocalDate last, Collection<String> five)
            throws SQLException {
        new Sql("INSERT INTO insights_call_days (cut, source, day, dealer_id, purpose, g, status, ineligible_reason,"
                + " perfunctory, called, calls, dissatisfied) SELECT ?, 'VENDOR', s.interview_date, s.dealer_id, ")
                .param(cut.name()).append(VENDOR_PURPOSE).append(", CAST(").append(cut.vendorExpression)
                .append(" AS BINARY), 'COMPLETED', NULL, 0, 1, COUNT(*), SUM(EXISTS (SELECT 1 FROM "
                        + SurveyFacts.ANSWERS + " a WHERE a.result_id = s.id AND a.item_code IN (").marks(five)
                .append(") AND NOT (").append(VENDOR_SATISFIED).append("))) FROM " + SurveyFacts.RESULTS + " s")
                .vendorJoins(cut)
                .append(" WHERE s.interview_date >= ? AND s.interview_date <= ?").param(first).param(last)
                .append(" GROUP BY 3, 4, 6").update(c);
    }

    private static void vendorAnswers(Connection c, GroupBy cut, LocalDate first, LocalDate last) throws SQLException {
        new Sql("INSERT INTO insights_answer_days (cut, source, day, dealer_id, purpose, g, perfunctory, item_code,"
                + " answered, satisfied, score_sum, scored) SELECT ?, 'VENDOR', s.interview_date, s.dealer_id, ")
                .param(cut.name()).append(VENDOR_PURPOSE).append(", CAST(").append(cut.vendorExpression)
                .append(" AS BINARY), 0, a.item_code, COUNT(*), COALESCE(SUM(").append(VENDOR_SATISFIED)
                .append("), 0), ").append(SCORES)
                .append(" FROM " + SurveyFacts.RESULTS + " s JOIN " + SurveyFacts.ANSWERS + " a ON a.result_id = s.id")
                .vendorJoins(cut).append(" WHERE s.interview_date >= ? AND s.interview_date <= ?").param(first)
                .param(last).append(" GROUP BY 3, 4, 6, 8").update(c);
    }
}
