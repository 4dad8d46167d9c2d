package io.fieldback.bench.insights;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fieldback.bench.Http;
import io.fieldback.bench.Jdbc;
import io.fieldback.bench.Results;
import io.fieldback.bench.Stats;
import io.fieldback.bench.Tokens;

/**
 * Times each insights endpoint against the hand-written SQL that computes the same numbers, in the same
 * run, alternating (API, SQL, API, SQL, ...) so both meet the same background load; prints medians and
 * ratios, checks that both sides agree on a headline count, and records one line in bench/RESULTS.md.
 * <p>
 * Usage: InsightsBench baseUrl privateKeyPem jdbcUrl resultsFile commit rounds
 */
public final class InsightsBench {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String[] FIVE = { "quality_satisfied", "attitude_satisfied", "speed_satisfied", "proactive_satisfied",
            "other_feedback" };
    static final String OWN_SAT = "CASE a.item_type WHEN 'YES_NO' THEN a.bool_value = 1 WHEN 'SCALE_1_5' THEN a.int_value >= 4 "
            + "WHEN 'FREE_TEXT' THEN a.problem = 0 ELSE 0 END";
    static final String VENDOR_SAT = "CASE a.item_type WHEN 'YES_NO' THEN a.bool_value = 1 WHEN 'SCALE_1_5' THEN a.int_value >= 4 "
            + "WHEN 'FREE_TEXT' THEN (a.text_value IS NULL OR TRIM(a.text_value) = '') ELSE 0 END";
    static final String SCORE = "CASE a.item_type WHEN 'YES_NO' THEN a.bool_value WHEN 'SCALE_1_5' THEN (a.int_value - 1) / 4 END";
    static final String QUALITY = "'quality_satisfied','quality_score'";
    static final String SERVICE = "'attitude_satisfied','attitude_score','speed_satisfied','speed_score','proactive_satisfied','proactive_score'";
    static final Pattern DUE = Pattern.compile("\"due\":(\\d+)");
    static final Pattern RECEIVED = Pattern.compile("\"received\":(\\d+)");

    record Case(String name, String path, List<String> sql, List<List<Object>> params, Pattern check, String checkColumn) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = new Tokens(Path.of(args[1])).person("bench-analyst", "analyst");
        String jdbc = args[2];
        Path results = Path.of(args[3]);
        String commit = args[4];
        int rounds = Integer.parseInt(args[5]);

        LocalDate today = LocalDate.now(ZONE);
        LocalDate from = today.minusDays(368);
        LocalDate to = today.minusDays(4);
        LocalDate monday = today.minusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String week = String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        String span = "from=" + from + "&to=" + to;
        LocalDate firstMonday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate lastSunday = to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));

        List<Case> cases = new ArrayList<>();
        cases.add(new Case("five-dimensions, a year, total", "/api/v1/insights/five-dimensions?" + span,
                List.of(five("''", "''", "", "", "")), List.of(range(from, to, 4)), DUE, "own_due"));
        cases.add(new Case("five-dimensions, a year, by region", "/api/v1/insights/five-dimensions?" + span + "&groupBy=region",
                List.of(five("cu.region", "s.region", " JOIN customers cu ON cu.id = c.customer_id", "", "")),
                List.of(range(from, to, 4)), null, null));
        cases.add(new Case("five-dimensions, a year, by station", "/api/v1/insights/five-dimensions?" + span + "&groupBy=station",
                List.of(five("c.station_id", "s.station_id", "", "", "")), List.of(range(from, to, 4)), null, null));
        cases.add(new Case("five-dimensions, a year, by product series",
                "/api/v1/insights/five-dimensions?" + span + "&groupBy=productSeries",
                List.of(five("COALESCE(e.product_series, c.product_line)", "COALESCE(e.product_series, s.product_line)",
                        " LEFT JOIN equipment e ON e.id = c.equipment_id", " LEFT JOIN equipment e ON e.id = s.equipment_id", "")),
                List.of(range(from, to, 4)), null, null));
        cases.add(new Case("satisfaction index, a year by week", "/api/v1/insights/satisfaction-index?" + span,
                List.of(index()), List.of(indexParams(firstMonday, lastSunday)), null, null));
        cases.add(new Case("complaint figures, a year", "/api/v1/insights/complaints?" + span,
                List.of(complaints()), List.of(complaintParams(from, to)), RECEIVED, "received"));
        LocalDate prev = monday.minusWeeks(1);
        cases.add(new Case("weekly report " + week + " (JSON)", "/api/v1/insights/weekly-reports/" + week,
                List.of(five("''", "''", "", "", ""), five("''", "''", "", "", ""), index(), complaints(), complaints()),
                List.of(range(monday, monday.plusDays(6), 4), range(prev, prev.plusDays(6), 4),
                        indexParams(prev, monday.plusDays(6)), complaintParams(monday, monday.plusDays(6)),
                        complaintParams(prev, prev.plusDays(6))),
                null, null));
        cases.add(new Case("weekly page " + week + " (HTML, both charts)", "/api/v1/insights/weekly-reports/" + week + "/page",
                cases.get(cases.size() - 1).sql(), cases.get(cases.size() - 1).params(), null, null));

        HttpClient http = Http.client();
        List<String> rows = new ArrayList<>();
        boolean allMet = true;
        boolean agree = true;
        System.out.printf("%n%-48s %10s %10s %7s  %s%n", "report (" + rounds + " rounds, medians)", "API ms", "SQL ms", "ratio",
                "target <= 1.5");
        try (Connection db = Jdbc.connect(jdbc)) {
            for (Case c : cases) {
                String body = Http.get(http, base + c.path(), token); // warm-up of both sides
                long[] sqlCheck = sql(db, c);
                if (c.check() != null) {
                    Matcher m = c.check().matcher(body.substring(Math.max(0, body.lastIndexOf("\"total\""))));
                    long api = m.find() ? Long.parseLong(m.group(1)) : -1;
                    if (api != sqlCheck[0]) {
                        agree = false;
                        System.out.printf("  MISMATCH %s: API %d, SQL %d%n", c.name(), api, sqlCheck[0]);
                    }
                }
                double[] apiMs = new double[rounds];
                double[] sqlMs = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    long t0 = System.nanoTime();
                    Http.get(http, base + c.path(), token);
                    apiMs[r] = (System.nanoTime() - t0) / 1e6;
                    t0 = System.nanoTime();
                    sql(db, c);
                    sqlMs[r] = (System.nanoTime() - t0) / 1e6;
                }
                double a = Stats.median(apiMs);
                double s = Stats.median(sqlMs);
                double ratio = a / s;
                allMet &= ratio <= 1.5;
                System.out.printf("%-48s %10.1f %10.1f %7.2f  %s%n", c.name(), a, s, ratio, ratio <= 1.5 ? "met" : "NOT MET");
                rows.add(String.format("%.0f / %.0f (%.2f)", a, s, ratio));
            }
        }
        System.out.println(agree ? "check: the API and the SQL agree on calls due and complaints received"
                : "check: MISMATCH between API and SQL (see above)");
        String line = "| " + LocalDateTime.now(ZoneOffset.UTC).toString().substring(0, 16).replace('T', ' ') + " | " + commit
                + " | " + String.join(" | ", rows) + " | " + (allMet ? "all met" : "NOT all met") + (agree ? "" : "; MISMATCH")
                + " | " + Runtime.getRuntime().availableProcessors() + " cores, " + rounds + " rounds |";
        Results.record(results, SECTION_TEXT, line);
        if (!agree) {
            System.exit(1);
        }
    }

    /** The five-dimension numbers per group in one statement: calls, answers, vendor rows, vendor answers. */
    static String five(String callGroup, String vendorGroup, String callJoins, String vendorJoins, String unused) {
        String[] reasons = { "DO_NOT_CALL", "NO_CONTACT", "EXCLUDED_SEGMENT", "NOT_PAST_DELIVERY_MILESTONE", "CALLED_RECENTLY" };
        int counts = 14 + 2 * FIVE.length;
        List<String> ownCounts = new ArrayList<>(List.of("COUNT(*)"));
        for (String r : reasons) {
            ownCounts.add("SUM(c.status = 'NOT_ELIGIBLE' AND c.ineligible_reason = '" + r + "')");
        }
        ownCounts.addAll(List.of("SUM(c.status = 'NOT_SAMPLED')", "SUM(c.status IN ('OPEN', 'AWAITING_SAMPLE'))",
                "SUM(c.attempt_count > 0)", "SUM(c.status IN ('COMPLETED', 'REFUSED'))", "SUM(c.status = 'REFUSED')",
                "SUM(c.status = 'UNREACHABLE')", "SUM(c.status = 'COMPLETED')", "SUM(c.status = 'COMPLETED' AND c.perfunctory)"));
        for (int i = 0; i < 2 * FIVE.length; i++) {
            ownCounts.add("0");
        }
        StringBuilder own = new StringBuilder("SELECT " + callGroup + " AS g, 'own' AS src");
        for (int i = 0; i < ownCounts.size(); i++) {
            own.append(", ").append(ownCounts.get(i)).append(" AS c").append(i);
        }
        own.append(" FROM followup_calls c").append(callJoins)
                .append(" WHERE c.due_at >= ? AND c.due_at < ? GROUP BY 1");
        StringBuilder ownAnswers = new StringBuilder("SELECT " + callGroup + ", 'own'").append(zeros(14));
        for (String item : FIVE) {
            ownAnswers.append(", SUM(a.item_code = '").append(item).append("'), SUM(a.item_code = '").append(item)
                    .append("' AND ").append(OWN_SAT).append(")");
        }
        ownAnswers.append(" FROM followup_calls c").append(callJoins).append(" JOIN followup_answers a ON a.followup_id = c.id ")
                .append("WHERE c.due_at >= ? AND c.due_at < ? AND c.status = 'COMPLETED' AND NOT c.perfunctory AND a.item_code IN (")
                .append(list(FIVE)).append(") GROUP BY 1");
        StringBuilder vendor = new StringBuilder("SELECT " + vendorGroup + ", 'vendor', COUNT(*)").append(zeros(7))
                .append(", COUNT(*), COUNT(*), 0, 0, COUNT(*), 0").append(zeros(2 * FIVE.length))
                .append(" FROM survey_results s").append(vendorJoins)
                .append(" WHERE s.interview_date >= ? AND s.interview_date < ? GROUP BY 1");
        StringBuilder vendorAnswers = new StringBuilder("SELECT " + vendorGroup + ", 'vendor'").append(zeros(14));
        for (String item : FIVE) {
            vendorAnswers.append(", SUM(a.item_code = '").append(item).append("'), SUM(a.item_code = '").append(item)
                    .append("' AND ").append(VENDOR_SAT).append(")");
        }
        vendorAnswers.append(" FROM survey_results s").append(vendorJoins)
                .append(" JOIN survey_result_answers a ON a.result_id = s.id WHERE s.interview_date >= ? AND s.interview_date < ? ")
                .append("AND a.item_code IN (").append(list(FIVE)).append(") GROUP BY 1");
        StringBuilder outer = new StringBuilder("SELECT g, src");
        for (int i = 0; i < counts; i++) {
            outer.append(", SUM(x").append(i).append(")");
        }
        // the first branch names the columns of the union
        String named = own.toString();
        StringBuilder aliases = new StringBuilder("SELECT g, src");
        for (int i = 0; i < counts; i++) {
            aliases.append(", c").append(i).append(" AS x").append(i);
        }
        StringBuilder inner = new StringBuilder("SELECT t0.* FROM (").append(named).append(") t0");
        return "SELECT * FROM (" + outer + " FROM (" + aliases + " FROM (" + inner + ") n UNION ALL " + ownAnswers
                + " UNION ALL " + vendor + " UNION ALL " + vendorAnswers + ") x GROUP BY g, src) r ORDER BY src = 'own' DESC";
    }

    /** Per ISO week: calls due, completed, perfunctory, part score sums and counts, vendor rows, complaints, second answers, dissatisfied. */
    static String index() {
        String wk = "YEARWEEK(c.due_at + INTERVAL 8 HOUR, 3)";
        String vwk = "YEARWEEK(s.interview_date, 3)";
        String five = list(FIVE);
        return "SELECT w, SUM(due), SUM(completed), SUM(perf), SUM(qs), SUM(qn), SUM(ss), SUM(sn), SUM(k), SUM(asked), SUM(sat), SUM(dis) FROM ("
                + "SELECT " + wk + " w, COUNT(*) due, SUM(c.status = 'COMPLETED') completed, SUM(c.status = 'COMPLETED' AND c.perfunctory) perf, "
                + "0 qs, 0 qn, 0 ss, 0 sn, 0 k, 0 asked, 0 sat, 0 dis FROM followup_calls c WHERE c.due_at >= ? AND c.due_at < ? GROUP BY 1 "
                + "UNION ALL SELECT " + wk + ", 0, 0, 0, SUM(IF(a.item_code IN (" + QUALITY + "), " + SCORE + ", 0)), "
                + "COUNT(IF(a.item_code IN (" + QUALITY + "), " + SCORE + ", NULL)), SUM(IF(a.item_code IN (" + SERVICE + "), " + SCORE
                + ", 0)), COUNT(IF(a.item_code IN (" + SERVICE + "), " + SCORE + ", NULL)), 0, 0, 0, 0 FROM followup_calls c "
                + "JOIN followup_answers a ON a.followup_id = c.id WHERE c.due_at >= ? AND c.due_at < ? AND c.status = 'COMPLETED' "
                + "AND NOT c.perfunctory AND a.item_code IN (" + QUALITY + ", " + SERVICE + ") GROUP BY 1 "
                + "UNION ALL SELECT " + vwk + ", COUNT(*), COUNT(*), 0, 0, 0, 0, 0, 0, 0, 0, 0 FROM survey_results s "
                + "WHERE s.interview_date >= ? AND s.interview_date < ? GROUP BY 1 "
                + "UNION ALL SELECT " + vwk + ", 0, 0, 0, SUM(IF(a.item_code IN (" + QUALITY + "), " + SCORE + ", 0)), "
                + "COUNT(IF(a.item_code IN (" + QUALITY + "), " + SCORE + ", NULL)), SUM(IF(a.item_code IN (" + SERVICE + "), " + SCORE
                + ", 0)), COUNT(IF(a.item_code IN (" + SERVICE + "), " + SCORE + ", NULL)), 0, 0, 0, 0 FROM survey_results s "
                + "JOIN survey_result_answers a ON a.result_id = s.id WHERE s.interview_date >= ? AND s.interview_date < ? "
                + "AND a.item_code IN (" + QUALITY + ", " + SERVICE + ") GROUP BY 1 "
                + "UNION ALL SELECT YEARWEEK(x.received_at + INTERVAL 8 HOUR, 3), 0, 0, 0, 0, 0, 0, 0, COUNT(*), 0, 0, 0 FROM complaints x "
                + "WHERE x.received_at >= ? AND x.received_at < ? AND x.duplicate_of IS NULL GROUP BY 1 "
                + "UNION ALL SELECT YEARWEEK(x.second_at + INTERVAL 8 HOUR, 3), 0, 0, 0, 0, 0, 0, 0, 0, COUNT(*), SUM(x.second_satisfied), 0 "
                + "FROM complaints x WHERE x.second_at >= ? AND x.second_at < ? AND x.second_satisfied IS NOT NULL "
                + "AND x.duplicate_of IS NULL GROUP BY 1 "
                + "UNION ALL SELECT " + wk + ", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, COUNT(DISTINCT c.id) FROM followup_calls c "
                + "JOIN followup_answers a ON a.followup_id = c.id WHERE c.due_at >= ? AND c.due_at < ? AND c.status = 'COMPLETED' "
                + "AND NOT c.perfunctory AND a.item_code IN (" + five + ") AND NOT (" + OWN_SAT + ") GROUP BY 1 "
                + "UNION ALL SELECT " + vwk + ", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, COUNT(DISTINCT s.id) FROM survey_results s "
                + "JOIN survey_result_answers a ON a.result_id = s.id WHERE s.interview_date >= ? AND s.interview_date < ? "
                + "AND a.item_code IN (" + five + ") AND NOT (" + VENDOR_SAT + ") GROUP BY 1) x GROUP BY w ORDER BY w";
    }

    /** Complaint figures in one statement: categories, duplicates, clocks, closures, reopenings. */
    static String complaints() {
        return "SELECT * FROM (SELECT 'received' AS kind, '' AS name, COUNT(*) AS a, 0 AS b, 0 AS c FROM complaints e "
                + "WHERE e.received_at >= ? AND e.received_at < ? AND e.duplicate_of IS NULL "
                + "UNION ALL SELECT 'category', e.category, COUNT(*), 0, 0 FROM complaints e WHERE e.received_at >= ? "
                + "AND e.received_at < ? AND e.duplicate_of IS NULL GROUP BY e.category "
                + "UNION ALL SELECT 'duplicates', '', COUNT(*), 0, 0 FROM complaints e WHERE e.received_at >= ? AND e.received_at < ? "
                + "AND e.duplicate_of IS NOT NULL "
                // met / missed / running: clock.DeadlineRule.statusSql's rule (the bench has no app classes to call)
                + "UNION ALL SELECT 'clock', k.kind, SUM(k.stopped_at IS NOT NULL AND k.stopped_at <= k.due_at), "
                + "SUM((k.stopped_at IS NOT NULL AND k.stopped_at > k.due_at) OR (k.stopped_at IS NULL AND k.due_at < NOW(6))), "
                + "SUM(k.stopped_at IS NULL AND k.due_at >= NOW(6)) FROM deadline_clocks k JOIN complaints e ON e.id = k.subject_id "
                + "WHERE k.subject_type = 'complaint' AND e.received_at >= ? AND e.received_at < ? AND e.duplicate_of IS NULL "
                + "GROUP BY k.kind "
                + "UNION ALL SELECT 'closed', '', COUNT(*), SUM(TIMESTAMPDIFF(SECOND, e.received_at, e.first_closed_at)), 0 "
                + "FROM complaints e WHERE e.first_closed_at >= ? AND e.first_closed_at < ? AND e.duplicate_of IS NULL "
                + "UNION ALL SELECT 'reopened', '', COUNT(*), 0, 0 FROM complaint_history s JOIN complaints e ON e.id = s.complaint_id "
                + "WHERE s.to_status = 'REOPENED' AND s.at >= ? AND s.at < ? AND e.duplicate_of IS NULL) r ORDER BY kind = 'received' DESC";
    }

    static List<Object> range(LocalDate first, LocalDate last, int pairs) {
        LocalDateTime from = utc(first);
        LocalDateTime to = utc(last.plusDays(1));
        return Arrays.asList(from, to, from, to, first, last.plusDays(1), first, last.plusDays(1));
    }

    static List<Object> indexParams(LocalDate first, LocalDate last) {
        LocalDateTime from = utc(first);
        LocalDateTime to = utc(last.plusDays(1));
        LocalDate end = last.plusDays(1);
        return Arrays.asList(from, to, from, to, first, end, first, end, from, to, from, to, from, to, first, end);
    }

    static List<Object> complaintParams(LocalDate first, LocalDate last) {
        LocalDateTime from = utc(first);
        LocalDateTime to = utc(last.plusDays(1));
        List<Object> p = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            p.add(from);
            p.add(to);
        }
        return p;
    }

    static LocalDateTime utc(LocalDate day) {
        return LocalDateTime.ofInstant(day.atStartOfDay(ZONE).toInstant(), ZoneOffset.UTC);
    }

    /** Runs the case's statements, reading every row; answers the first row's first count (for the check). */
    static long[] sql(Connection db, Case c) throws Exception {
        long[] first = { -1 };
        for (int i = 0; i < c.sql().size(); i++) {
            try (PreparedStatement s = db.prepareStatement(c.sql().get(i))) {
                List<Object> params = c.params().get(i);
                for (int p = 0; p < params.size(); p++) {
                    s.setObject(p + 1, params.get(p));
                }
                try (ResultSet rs = s.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    boolean firstRow = true;
                    while (rs.next()) {
                        for (int col = 1; col <= columns; col++) {
                            rs.getObject(col);
                        }
                        if (i == 0 && firstRow) {
                            first[0] = rs.getLong(3);
                        }
                        firstRow = false;
                    }
                }
            }
        }
        return first;
    }

    static String zeros(int n) {
        return ", 0".repeat(n);
    }

    static String list(String[] items) {
        return "'" + String.join("', '", items) + "'";
    }

    static final String SECTION_TEXT = """
            ## insights (`bench/run-insights.sh`)

            Each report endpoint (median wall time of an HTTP GET, JSON read in full) against the hand-written SQL that
            computes the same numbers directly (median time of executing it and reading every row), alternating in the
            same run; cells are `API ms / SQL ms (ratio)`, target ratio <= 1.5. Data: 200,000 customers, 1,000,000
            follow-up calls over two years (about 5 million answers), about 100,000 vendor rows and 100,000 complaints.
            The weekly rows' SQL is the five statements for the same numbers (five dimensions of both weeks, the index
            over both, the complaint figures of both).

            | date (UTC) | commit | five-dim total | by region | by station | by series | index by week | complaints | weekly JSON | weekly page | targets | notes |
            |---|---|---|---|---|---|---|---|---|---|---|---|
            """;
}
