package io.fieldback.bench.maintenance;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import io.fieldback.bench.Http;
import io.fieldback.bench.Jdbc;
import io.fieldback.bench.Results;
import io.fieldback.bench.Tokens;

/**
 * The nightly forecast (issue 18): MACHINES machines seeded (ForecastSeed), then a plain SQL pass writing every
 * delivered machine's first due item (same columns, into a copy of maintenance_due_items), the forecast run through
 * the API (POST /api/v1/maintenance/forecast-runs), and the SQL pass again; the API's items are compared with the
 * SQL's (due date, trigger, state), and the run time with the mean of the two SQL passes (target API <= 2 x SQL).
 *
 *   ForecastBench baseUrl privateKeyPem jdbcUrl results commit notes machines
 */
public final class ForecastBench {

    static final String SECTION_TEXT = """
            ## maintenance forecast (`bench/run-forecast.sh`)

            The nightly forecast's first run over every machine (`POST /api/v1/maintenance/forecast-runs`, wall time
            of the request) against a plain SQL pass computing the same first due item of every delivered machine
            (one INSERT ... SELECT with the usage rate from the meter readings, into a copy of
            maintenance_due_items), run before and after the API; the ratio is API / mean of the two. **equal**: API
            items whose due date, trigger and state are the SQL's. Target: ratio <= 2.

            | date (UTC) | commit | machines | delivered | API s | SQL s (before / after) | ratio | equal | targets | notes |
            |---|---|---|---|---|---|---|---|---|---|
            """;

    static final String SQL = """
            INSERT INTO bench_due_items (id, equipment_id, customer_id, dealer_id, station_id, rule_id, sequence_no,
                date_due, meter_due, meter_unit, meter_due_estimated, due_date, due_trigger, state, version, created_at,
                updated_at)
            SELECT UNHEX(REPLACE(UUID(), '-', '')), x.id, x.customer_id, x.dealer_id, NULL, x.rule_id, 1, x.date_due,
                   IF(x.meter_day IS NULL, NULL, x.meter_due), IF(x.meter_day IS NULL, NULL, x.meter_unit), x.meter_day,
                   x.due, x.due_trigger,
                   CASE WHEN x.today > x.due THEN 'OVERDUE' WHEN x.today < x.due - INTERVAL 14 DAY THEN 'UPCOMING'
                        ELSE 'DUE' END, 0, NOW(6), NOW(6)
            FROM (
              SELECT y.*, CASE WHEN y.meter_day IS NULL THEN y.date_due WHEN y.date_due IS NULL THEN y.meter_day
                               ELSE LEAST(y.meter_day, y.date_due) END AS due,
                          CASE WHEN y.meter_day IS NULL THEN 'DATE' WHEN y.date_due IS NULL THEN 'METER'
                               WHEN y.meter_day = y.date_due THEN 'BOTH' WHEN y.meter_day < y.date_due THEN 'METER'
                               ELSE 'DATE' END AS due_trigger,
                          DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR) AS today
              FROM (
                SELECT e.id, e.customer_id, cu.dealer_id, r.id AS rule_id, r.meter_unit,
                       e.delivery_date + INTERVAL COALESCE(r.first_months, r.every_months) MONTH AS date_due,
                       COALESCE(r.first_meter, r.every_meter) AS meter_due,
                       CASE WHEN COALESCE(r.first_meter, r.every_meter) IS NULL THEN NULL
                            WHEN COALESCE(m.last_value, 0) >= COALESCE(r.first_meter, r.every_meter)
                              THEN COALESCE(m.last_on, e.delivery_date)
                            ELSE COALESCE(m.last_on, e.delivery_date) + INTERVAL LEAST(36500, CEIL(
                              (COALESCE(r.first_meter, r.every_meter) - COALESCE(m.last_value, 0)) /
                              CASE WHEN m.n >= 2 AND DATEDIFF(m.last_on, m.first_on) > 0 AND m.last_value > m.first_value
                                   THEN CAST(m.last_value - m.first_value AS DOUBLE) / DATEDIFF(m.last_on, m.first_on)
                                   ELSE IF(r.meter_unit = 'KM', 200, 8) END)) DAY END AS meter_day
                FROM equipment e
                JOIN maintenance_rules r ON r.product_series = e.product_series
                JOIN customers cu ON cu.id = e.customer_id
                LEFT JOIN (SELECT equipment_id, unit, COUNT(*) AS n, MIN(read_on) AS first_on, MAX(read_on) AS last_on,
                                  MIN(reading) AS first_value, MAX(reading) AS last_value
                           FROM meter_readings GROUP BY equipment_id, unit) m
                       ON m.equipment_id = e.id AND m.unit = r.meter_unit
                WHERE e.active AND e.delivery_date IS NOT NULL) y) x""";

    private ForecastBench() {
    }

    public static void main(String[] args) throws Exception {
        String token = new Tokens(Path.of(args[1])).person("bench-admin", "admin");
        int machines = Integer.parseInt(args[6]);
        try (Connection c = Jdbc.connect(args[2])) {
            long s0 = System.nanoTime();
            ForecastSeed.seed(c, machines);
            System.out.printf("seeded %d machines in %.0f s%n", machines, (System.nanoTime() - s0) / 1e9);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE bench_due_items LIKE maintenance_due_items");
                s.execute("ANALYZE TABLE equipment, meter_readings, customers");
            }
            double before = sqlPass(c);
            long a0 = System.nanoTime();
            String answer = post(args[0] + "/api/v1/maintenance/forecast-runs", token);
            double api = (System.nanoTime() - a0) / 1e9;
            System.out.printf("API run: %.1f s, %s%n", api, answer);
            double after = sqlPass(c);
            long delivered;
            long equal;
            try (Statement s = c.createStatement()) {
                delivered = count(s, "SELECT COUNT(*) FROM bench_due_items");
                equal = count(s, "SELECT COUNT(*) FROM maintenance_due_items i JOIN bench_due_items b "
                        + "ON b.equipment_id = i.equipment_id AND b.sequence_no = i.sequence_no AND b.due_date = i.due_date "
                        + "AND b.due_trigger = i.due_trigger AND b.state = i.state");
                long items = count(s, "SELECT COUNT(*) FROM maintenance_due_items");
                System.out.printf("API items %d, SQL items %d, equal %d%n", items, delivered, equal);
            }
            double ratio = api / ((before + after) / 2);
            String row = String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %.1f / %.1f | %.2f | %d of %d | %s | %s |",
                    LocalDateTime.now(ZoneOffset.UTC).toString().substring(0, 16).replace('T', ' '), args[4], machines,
                    delivered, api, before, after, ratio, equal, delivered, ratio <= 2 ? "met" : "NOT met", args[5] + Results.loadNow("end"));
            System.out.println(row);
            Results.record(Path.of(args[3]), SECTION_TEXT, row);
        }
    }

    private static double sqlPass(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM bench_due_items");
            long t0 = System.nanoTime();
            s.executeUpdate(SQL);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("SQL pass: %.1f s%n", seconds);
            return seconds;
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String post(String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofHours(2)).POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> r = Http.client().send(request, HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("POST " + url + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
