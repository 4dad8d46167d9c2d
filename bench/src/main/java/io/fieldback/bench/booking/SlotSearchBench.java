package io.fieldback.bench.booking;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fieldback.bench.Http;
import io.fieldback.bench.Jdbc;
import io.fieldback.bench.Results;
import io.fieldback.bench.Stats;
import io.fieldback.bench.Tokens;

/**
 * Free-slot search (issue 18): STATIONS stations seeded (SlotSearchSeed), then SAMPLES searches from random points
 * over the DAYS days from tomorrow, GET /api/v1/appointments/free-slots (the 10 nearest stations within 100 km,
 * limit 500) against the hand-written SQL giving the same list (station, start, free bays), alternating; every
 * answer pair is compared. Prints and records p50/p99 of both and their ratios (target API <= 1.5 x SQL).
 *
 *   SlotSearchBench baseUrl privateKeyPem jdbcUrl results commit notes stations days samples
 */
public final class SlotSearchBench {

    static final String SECTION_TEXT = """
            ## free-slot search (`bench/run-booking.sh`)

            `GET /api/v1/appointments/free-slots` from a random point (10 nearest stations within 100 km, the days
            from tomorrow on, limit 500) against one hand-written SQL statement giving the same list (nearest stations
            by great-circle distance, their slots from opening hours minus closures, minus taken places), alternating,
            every answer compared. Wall ms per request (JSON read in full) and per statement (every row read). Target:
            API p50 and p99 <= 1.5 x SQL's.

            | date (UTC) | commit | stations x days | samples | API p50 / p99 ms | SQL p50 / p99 ms | ratio p50 / p99 | answers equal | targets | notes |
            |---|---|---|---|---|---|---|---|---|---|
            """;

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern SLOT = Pattern.compile(
            "\"stationId\":\"([0-9a-f-]{36})\",\"startsAt\":\"([^\"]+)\",\"endsAt\":\"[^\"]+\",\"free\":(\\d+)");
    /**
     * The slot grid from MariaDB's sequence tables (days, then slot numbers up to what the opening range holds: the
     * condition lets the server read only those numbers); times are local (Asia/Shanghai, UTC+8 all year) and
     * stored in UTC. The days' table name is filled in per run.
     */
    static final String SQL = """
            WITH near AS (
              SELECT s.id, 2 * 6371.0088 * ASIN(LEAST(1, SQRT(POW(SIN(RADIANS(s.latitude - ?) / 2), 2)
                     + COS(RADIANS(?)) * COS(RADIANS(s.latitude)) * POW(SIN(RADIANS(s.longitude - ?) / 2), 2)))) AS km
              FROM stations s
              WHERE s.active AND s.latitude BETWEEN ? AND ? AND s.longitude BETWEEN ? AND ?
              HAVING km <= ? ORDER BY km LIMIT ?),
            slot AS (
              SELECT near.id, near.km, c.bays,
                     TIMESTAMP(DATE_ADD(?, INTERVAL d.seq DAY), ADDTIME(h.opens, SEC_TO_TIME(k.seq * c.slot_minutes * 60)))
                       - INTERVAL 8 HOUR AS starts_at
              FROM near JOIN station_capacity c ON c.station_id = near.id
              JOIN DAYS d
              JOIN station_opening_hours h ON h.station_id = near.id
                   AND h.day_of_week = WEEKDAY(DATE_ADD(?, INTERVAL d.seq DAY)) + 1
              JOIN seq_0_to_1439 k ON k.seq < TIME_TO_SEC(TIMEDIFF(h.closes, h.opens)) DIV (c.slot_minutes * 60)
              WHERE NOT EXISTS (SELECT 1 FROM station_closures x WHERE x.station_id = near.id
                                AND x.closed_on = DATE_ADD(?, INTERVAL d.seq DAY)))
            SELECT LOWER(HEX(slot.id)), slot.starts_at, slot.bays - COALESCE(b.taken, 0) AS free
            FROM slot LEFT JOIN booking_slots b ON b.station_id = slot.id AND b.starts_at = slot.starts_at
            WHERE slot.bays - COALESCE(b.taken, 0) > 0 AND slot.starts_at > UTC_TIMESTAMP()
            ORDER BY slot.km, slot.starts_at LIMIT ?""";

    private SlotSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = new Tokens(Path.of(args[1])).person("bench-admin", "admin");
        int stations = Integer.parseInt(args[6]);
        int days = Integer.parseInt(args[7]);
        int samples = Integer.parseInt(args[8]);
        LocalDate from = LocalDate.now(ZONE).plusDays(1);
        LocalDate to = from.plusDays(days - 1);
        var http = Http.client();
        try (Connection c = Jdbc.connect(args[2])) {
            SlotSearchSeed.seed(c, stations, from, days);
            Random random = new Random(7);
            long[] api = new long[samples];
            long[] sql = new long[samples];
            int equal = 0;
            int slotsSeen = 0;
            for (int i = -5; i < samples; i++) { // five warm-up rounds, not counted
                double lat = SlotSearchSeed.LAT0 + 0.3 + random.nextDouble() * 2.4;
                double lon = SlotSearchSeed.LON0 + 0.3 + random.nextDouble() * 3.4;
                long t0 = System.nanoTime();
                String json = Http.get(http, base + "/api/v1/appointments/free-slots?latitude=" + lat + "&longitude=" + lon
                        + "&radiusKm=100&stations=10&limit=500&from=" + enc(from) + "&to=" + enc(to), token);
                long t1 = System.nanoTime();
                List<String> fromSql = sql(c, lat, lon, from, days);
                long t2 = System.nanoTime();
                List<String> fromApi = parse(json);
                if (i >= 0) {
                    api[i] = t1 - t0;
                    sql[i] = t2 - t1;
                    equal += fromApi.equals(fromSql) ? 1 : 0;
                    slotsSeen += fromApi.size();
                } else if (!fromApi.equals(fromSql)) {
                    System.out.println("API and SQL differ; first of each: " + head(fromApi) + " / " + head(fromSql));
                }
            }
            Arrays.sort(api);
            Arrays.sort(sql);
            double r50 = (double) Stats.pct(api, 50) / Stats.pct(sql, 50);
            double r99 = (double) Stats.pct(api, 99) / Stats.pct(sql, 99);
            String row = String.format(Locale.ROOT, "| %s | %s | %d x %d | %d | %.1f / %.1f | %.1f / %.1f | %.2f / %.2f | "
                    + "%d of %d (%d slots per answer) | %s | %s |", LocalDateTime.now(ZoneOffset.UTC).toString()
                    .substring(0, 16).replace('T', ' '), args[4], stations, days, samples, ms(Stats.pct(api, 50)),
                    ms(Stats.pct(api, 99)), ms(Stats.pct(sql, 50)), ms(Stats.pct(sql, 99)), r50, r99, equal, samples,
                    samples == 0 ? 0 : slotsSeen / samples, r50 <= 1.5 && r99 <= 1.5 ? "met" : "NOT met", args[5] + Results.loadNow("end"));
            System.out.println(row);
            Results.record(Path.of(args[3]), SECTION_TEXT, row);
        }
    }

    static List<String> sql(Connection c, double lat, double lon, LocalDate from, int days) throws Exception {
        // the same bounding box the API narrows by: the smallest one holding the 100 km circle
        double angle = 100 / 6371.0088;
        double dLat = Math.toDegrees(angle);
        double dLon = Math.toDegrees(Math.asin(Math.sin(angle) / Math.cos(Math.toRadians(lat))));
        try (PreparedStatement p = c.prepareStatement(SQL.replace("DAYS", "seq_0_to_" + (days - 1)))) {
            Object[] values = { lat, lat, lon, lat - dLat, lat + dLat, lon - dLon, lon + dLon, 100.0, 10,
                    from, from, from, 500 };
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(1);
                    String uuid = id.substring(0, 8) + "-" + id.substring(8, 12) + "-" + id.substring(12, 16) + "-"
                            + id.substring(16, 20) + "-" + id.substring(20);
                    rows.add(uuid + " " + r.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC) + " " + r.getInt(3));
                }
            }
            return rows;
        }
    }

    static List<String> parse(String json) {
        List<String> rows = new ArrayList<>();
        Matcher m = SLOT.matcher(json);
        while (m.find()) {
            rows.add(m.group(1) + " " + java.time.Instant.parse(m.group(2)) + " " + m.group(3));
        }
        return rows;
    }

    private static String head(List<String> rows) {
        return rows.isEmpty() ? "none" : rows.get(0) + " (" + rows.size() + ")";
    }

    private static String enc(LocalDate day) {
        return URLEncoder.encode(day.toString(), StandardCharsets.UTF_8);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
