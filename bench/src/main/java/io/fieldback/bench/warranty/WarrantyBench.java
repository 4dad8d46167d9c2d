package io.fieldback.bench.warranty;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.fieldback.bench.Ids;
import io.fieldback.bench.Jdbc;
import io.fieldback.bench.Results;
import io.fieldback.bench.Tokens;

/**
 * The warranty benchmark (issue 17), one run against the packaged app and its database:
 * <ol>
 * <li><b>bulk claims</b>: {@code requests} × {@code batch} claims (2-4 lines each, submitted) through
 * {@code PUT /api/v1/dealer/warranty-claims} as one dealer's system, one request at a time; beside every
 * request, the baseline: the same claim and line rows in one plain-JDBC batched transaction into the same
 * tables (other claim numbers). The two alternate which goes first. Figure: API claims/s ÷ JDBC claims/s.</li>
 * <li><b>settlement</b>: {@code lines} approved claims decided in one month over {@code stations} stations,
 * settled by {@code POST /api/v1/warranty/settlements?month=} against the same batches and lines written by
 * hand-written SQL (two INSERT ... SELECT with GROUP BY, one transaction) into shadow copies of the tables.
 * Figure: API seconds ÷ SQL seconds. The plain read aggregate's time is printed too.</li>
 * </ol>
 * Usage: WarrantyBench baseUrl jdbcUrl privateKeyPem runDir results commit notes requests batch stations lines
 */
public final class WarrantyBench {

    static final String SERIES = "BW-6K";
    static final String TYPE = "BENCH-STD";
    static final String PAID = "('AUTO_APPROVED','APPROVED','PARTIALLY_APPROVED')";
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final double CLAIMS_TARGET = 0.50;
    static final double SETTLE_TARGET = 1.5;

    record Visit(UUID id, UUID equipmentId, String serial) {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String url = Jdbc.withBatching(args[1]);
        Tokens tokens = new Tokens(Path.of(args[2]));
        Path runDir = Path.of(args[3]);
        Path results = Path.of(args[4]);
        String commit = args[5];
        String notes = args[6];
        int requests = Integer.parseInt(args[7]);
        int batch = Integer.parseInt(args[8]);
        int stations = Integer.parseInt(args[9]);
        int lines = Integer.parseInt(args[10]);
        Files.createDirectories(runDir);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try (Connection c = Jdbc.connect(url)) {
            c.setAutoCommit(false);
            UUID type = Ids.v7();
            // a phase that fails (an answer not 200, a request over its time limit) still leaves its figures so far
            Bulk bulk = bulkClaims(c, http, base, tokens, type, requests, batch);
            Settlement settlement = settlement(c, http, base, tokens, type, stations, lines);
            String line = String.format(Locale.ROOT,
                    "| %s | %s | %dx%d | %.0f | %.0f | %.2f | %d / %d | %.2f | %.2f | %.2f | %.2f | %s | %s |%n",
                    java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).toString().substring(0, 16).replace('T', ' '),
                    commit, bulk.done(), batch, bulk.apiRate(), bulk.jdbcRate(), bulk.ratio(), stations, lines,
                    settlement.api(), settlement.sql(), settlement.ratio(), settlement.aggregate(),
                    (bulk.failure() == null ? "" : "NOT VALID: " + bulk.failure() + "; ") + settlement.check(),
                    notes + ", load average " + loadAverage() + " at end");
            System.out.print(line);
            Files.writeString(runDir.resolve("warranty.txt"), line);
            Results.record(results, SECTION_TEXT, line);
            if (bulk.failure() != null || !settlement.check().startsWith("batches equal")) {
                System.exit(2);
            }
        }
    }

    record Bulk(int done, int batch, long apiNanos, long jdbcNanos, String failure) {
        double apiRate() {
            return (double) done * batch / (apiNanos / 1e9);
        }

        double jdbcRate() {
            return (double) done * batch / (jdbcNanos / 1e9);
        }

        double ratio() {
            return apiRate() / jdbcRate();
        }
    }

    record Settlement(double api, double sql, double aggregate, String check) {
        double ratio() {
            return api / sql;
        }
    }

    /** One warm-up request, then the measured ones, each beside its plain-JDBC baseline; which goes first alternates. */
    static Bulk bulkClaims(Connection c, HttpClient http, String base, Tokens tokens, UUID type, int requests, int batch)
            throws Exception {
        UUID dealer = Ids.v7();
        UUID station = Ids.v7();
        List<Visit> visits = WarrantySeed.bulk(c, dealer, station, type, (requests + 1) * batch);
        String dealerToken = tokens.dealer("bench-dms", dealer);
        long apiNanos = 0;
        long jdbcNanos = 0;
        int done = 0;
        String failure = null;
        try {
            put(http, base, dealerToken, body(visits.subList(0, batch), "WARM", 0));
            for (int round = 0; round < requests; round++) {
                final int r = round;
                List<Visit> slice = visits.subList((r + 1) * batch, (r + 2) * batch);
                String json = body(slice, "API", r * batch);
                long api;
                long jdbc;
                if (r % 2 == 0) {
                    api = timed(() -> put(http, base, dealerToken, json));
                    jdbc = timed(() -> jdbcClaims(c, slice, dealer, station, type, r));
                } else {
                    jdbc = timed(() -> jdbcClaims(c, slice, dealer, station, type, r));
                    api = timed(() -> put(http, base, dealerToken, json));
                }
                apiNanos += api;
                jdbcNanos += jdbc;
                done++;
                System.out.printf(Locale.ROOT, "request %d/%d of %d claims: API %.1f s, JDBC %.1f s%n", r + 1, requests,
                        batch, api / 1e9, jdbc / 1e9);
            }
        } catch (Exception e) {
            System.out.println("request " + (done + 1) + " failed: " + e);
            String why = String.valueOf(e.getMessage()).replace('|', '/');
            failure = "request " + (done + 1) + " failed: " + why.substring(0, Math.min(100, why.length()));
        }
        Bulk bulk = new Bulk(done, batch, apiNanos, jdbcNanos, failure);
        System.out.printf(Locale.ROOT, "bulk claims (%d x %d): API %.0f claims/s, plain JDBC %.0f claims/s: %.2f "
                + "(target >= %.2f) %s%n", done, batch, bulk.apiRate(), bulk.jdbcRate(), bulk.ratio(), CLAIMS_TARGET,
                bulk.ratio() >= CLAIMS_TARGET ? "MET" : "MISSED");
        return bulk;
    }

    /** A month of approved claims settled by hand-written SQL, then through the API; both must make the same batches. */
    static Settlement settlement(Connection c, HttpClient http, String base, Tokens tokens, UUID type, int stations,
            int lines) throws Exception {
        YearMonth month = YearMonth.now(ZONE).minusMonths(2);
        WarrantySeed.settlement(c, stations, lines, month, type);
        double aggregate = timed(() -> aggregate(c, month)) / 1e9;
        double sql = timed(() -> handWritten(c, month)) / 1e9;
        String admin = tokens.person("bench-admin", "admin");
        double api = Double.NaN;
        String check;
        try {
            api = timed(() -> settle(http, base, admin, month)) / 1e9;
            check = check(c, month, stations, lines);
        } catch (Exception e) {
            System.out.println("settlement failed: " + e);
            String why = String.valueOf(e.getMessage()).replace('|', '/');
            check = "NOT VALID: settlement failed: " + why.substring(0, Math.min(100, why.length()));
        }
        Settlement result = new Settlement(api, sql, aggregate, check);
        System.out.printf(Locale.ROOT, "settlement of %d claims over %d stations: API %.2f s, hand-written SQL %.2f s: "
                + "%.2fx (target <= %.1f) %s; read aggregate %.2f s; %s%n", lines, stations, api, sql, result.ratio(),
                SETTLE_TARGET, result.ratio() <= SETTLE_TARGET ? "MET" : "MISSED", aggregate, check);
        return result;
    }

    /** The 1, 5 and 15 minute load averages: the machine is shared, so a figure says what else ran. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "?";
        }
    }

    interface Step {
        void run() throws Exception;
    }

    static long timed(Step step) throws Exception {
        long t = System.nanoTime();
        step.run();
        return System.nanoTime() - t;
    }

    /** Line count of claim i: 2, 3 or 4. */
    static int lineCount(int i) {
        return 2 + i % 3;
    }

    static String body(List<Visit> visits, String prefix, int first) {
        StringBuilder json = new StringBuilder("{\"items\":[");
        String updated = Instant.now().minusSeconds(60).toString();
        for (int i = 0; i < visits.size(); i++) {
            int n = first + i;
            json.append(i == 0 ? "" : ",").append("{\"claimNumber\":\"").append(prefix).append('-').append(n)
                    .append("\",\"updatedAt\":\"").append(updated).append("\",\"submit\":true,\"visitId\":\"")
                    .append(visits.get(i).id()).append("\",\"claimTypeCode\":\"").append(TYPE)
                    .append("\",\"currency\":\"CNY\",\"lines\":[")
                    .append("{\"kind\":\"LABOUR\",\"operationCode\":\"BOP-1\",\"hours\":1.50},")
                    .append("{\"kind\":\"PART\",\"partNumber\":\"WP-6K-001\",\"quantity\":1,\"unitPrice\":430.50,")
                    .append("\"causalPart\":true,\"failedSerial\":\"F").append(n).append("\",\"newSerial\":\"N").append(n)
                    .append("\"}");
            if (lineCount(n) > 2) {
                json.append(",{\"kind\":\"OTHER\",\"costKind\":\"TRAVEL\",\"amount\":120.00,\"description\":\"往返\"}");
            }
            if (lineCount(n) > 3) {
                json.append(",{\"kind\":\"PART\",\"partNumber\":\"GS-6K-002\",\"quantity\":2,\"unitPrice\":35.00,")
                        .append("\"causalPart\":false}");
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    static void put(HttpClient http, String base, String token, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/dealer/warranty-claims"))
                .timeout(Duration.ofMinutes(10)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"REJECTED\"")) {
            throw new IllegalStateException("bulk PUT answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(2000, response.body().length())));
        }
    }

    /** The same claim and line rows as the API stores for a request, in one batched transaction. */
    static void jdbcClaims(Connection c, List<Visit> visits, UUID dealer, UUID station, UUID type, int request)
            throws Exception {
        var now = Jdbc.utc(Instant.now());
        LocalDate repaired = LocalDate.now(ZONE).minusDays(30);
        try (PreparedStatement claim = c.prepareStatement("INSERT INTO warranty_claims (id, dealer_id, station_id, "
                + "visit_id, equipment_id, serial_number, product_series, claim_number, claim_type_id, status, "
                + "repaired_on, failure_date, failure_reading, failure_unit, coverage, coverage_note, currency, "
                + "claimed_total, approved_total, submitted_at, decided_at, decided_by, dealer_updated_at, delivered_on, "
                + "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'AUTO_APPROVED', ?, ?, 5000, "
                + "'KM', 'IN_WARRANTY', 'in warranty until 2030-01-01 and 200000 KM', 'CNY', ?, ?, ?, ?, "
                + "'auto-approval', ?, '2025-01-01', 1, ?, ?)");
                PreparedStatement line = c.prepareStatement("INSERT INTO warranty_claim_lines (id, claim_id, position, "
                        + "kind, operation_code, standard_hours, hours, rate, part_number, quantity, unit_price, "
                        + "causal_part, failed_serial, new_serial, cost_kind, description, claimed_amount, "
                        + "approved_amount, decision, reason_code, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'APPROVED', NULL, 'auto-approval', ?)")) {
            for (int i = 0; i < visits.size(); i++) {
                int n = request * visits.size() + i;
                Visit v = visits.get(i);
                UUID id = Ids.v7();
                BigDecimal total = new BigDecimal("700.50").add(lineCount(n) > 2 ? new BigDecimal("120.00") : BigDecimal.ZERO)
                        .add(lineCount(n) > 3 ? new BigDecimal("70.00") : BigDecimal.ZERO);
                claim.setBytes(1, Ids.bytes(id));
                claim.setBytes(2, Ids.bytes(dealer));
                claim.setBytes(3, Ids.bytes(station));
                claim.setBytes(4, Ids.bytes(v.id()));
                claim.setBytes(5, Ids.bytes(v.equipmentId()));
                claim.setString(6, v.serial());
                claim.setString(7, SERIES);
                claim.setString(8, "JDBC-" + n);
                claim.setBytes(9, Ids.bytes(type));
                claim.setObject(10, repaired);
                claim.setObject(11, repaired);
                claim.setBigDecimal(12, total);
                claim.setBigDecimal(13, total);
                claim.setObject(14, now);
                claim.setObject(15, now);
                claim.setObject(16, now);
                claim.setObject(17, now);
                claim.setObject(18, now);
                claim.addBatch();
                int pos = 0;
                addLine(line, id, pos++, "LABOUR", "BOP-1", null, null, null, "270.00", now);
                addLine(line, id, pos++, "PART", null, "WP-6K-001", "1", "430.50", "430.50", now);
                if (lineCount(n) > 2) {
                    addLine(line, id, pos++, "OTHER", null, null, null, null, "120.00", now);
                }
                if (lineCount(n) > 3) {
                    addLine(line, id, pos, "PART", null, "GS-6K-002", "2", "35.00", "70.00", now);
                }
            }
            claim.executeBatch();
            line.executeBatch();
            c.commit();
        }
    }

    static void addLine(PreparedStatement s, UUID claim, int pos, String kind, String op, String part, String qty,
            String price, String amount, Object now) throws Exception {
        s.setBytes(1, Ids.bytes(Ids.v7()));
        s.setBytes(2, Ids.bytes(claim));
        s.setInt(3, pos);
        s.setString(4, kind);
        s.setString(5, op);
        s.setBigDecimal(6, op == null ? null : new BigDecimal("2.00"));
        s.setBigDecimal(7, op == null ? null : new BigDecimal("1.50"));
        s.setBigDecimal(8, op == null ? null : new BigDecimal("180.00"));
        s.setString(9, part);
        s.setBigDecimal(10, qty == null ? null : new BigDecimal(qty));
        s.setBigDecimal(11, price == null ? null : new BigDecimal(price));
        s.setObject(12, part == null ? null : Boolean.valueOf("WP-6K-001".equals(part)));
        s.setString(13, part == null ? null : "F");
        s.setString(14, part == null ? null : "N");
        s.setString(15, "OTHER".equals(kind) ? "TRAVEL" : null);
        s.setString(16, "OTHER".equals(kind) ? "往返" : null);
        s.setBigDecimal(17, new BigDecimal(amount));
        s.setBigDecimal(18, new BigDecimal(amount));
        s.setObject(19, now);
        s.addBatch();
    }

    static PreparedStatement window(Connection c, String sql, YearMonth month) throws Exception {
        PreparedStatement s = c.prepareStatement(sql);
        s.setObject(1, Jdbc.utc(month.atDay(1).atStartOfDay(ZONE).toInstant()));
        s.setObject(2, Jdbc.utc(month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant()));
        return s;
    }

    /** The read-only aggregate: approved totals per station of the month. */
    static void aggregate(Connection c, YearMonth month) throws Exception {
        try (PreparedStatement s = window(c, "SELECT station_id, SUM(approved_total), COUNT(*) FROM warranty_claims "
                + "WHERE status IN " + PAID + " AND decided_at >= ? AND decided_at < ? AND approved_total > 0 "
                + "GROUP BY station_id", month); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rs.getBigDecimal(2);
            }
        }
        c.commit();
    }

    /** The month's batches and lines by hand-written SQL into the shadow tables, one transaction. */
    static void handWritten(Connection c, YearMonth month) throws Exception {
        try (PreparedStatement s = window(c, "INSERT INTO bench_settlements (id, station_id, dealer_id, "
                + "settlement_month, currency, approved_total, chargeback_total, net_total, status, version, created_at, "
                + "updated_at) SELECT UNHEX(REPLACE(UUID(), '-', '')), station_id, MIN(dealer_id), '" + month + "', "
                + "MIN(currency), SUM(approved_total), 0, SUM(approved_total), 'OPEN', 0, NOW(6), NOW(6) "
                + "FROM warranty_claims WHERE status IN " + PAID + " AND decided_at >= ? AND decided_at < ? "
                + "AND approved_total > 0 GROUP BY station_id", month)) {
            s.executeUpdate();
        }
        try (PreparedStatement s = window(c, "INSERT INTO bench_settlement_lines (id, settlement_id, kind, claim_id, "
                + "claim_number, amount) SELECT UNHEX(REPLACE(UUID(), '-', '')), b.id, 'CLAIM', c.id, c.claim_number, "
                + "c.approved_total FROM warranty_claims c JOIN bench_settlements b ON b.station_id = c.station_id "
                + "AND b.settlement_month = '" + month + "' WHERE c.status IN " + PAID + " AND c.decided_at >= ? "
                + "AND c.decided_at < ? AND c.approved_total > 0", month)) {
            s.executeUpdate();
        }
        c.commit();
    }

    static void settle(HttpClient http, String base, String token, YearMonth month) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                + "/api/v1/warranty/settlements?month=" + month)).timeout(Duration.ofMinutes(30))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("settlement answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** The API's batches equal the hand-written ones: same stations, lines and net total. */
    static String check(Connection c, YearMonth month, int stations, int lines) throws Exception {
        String q = "SELECT COUNT(*), SUM(net_total), (SELECT COUNT(*) FROM %s l JOIN %s s ON s.id = l.settlement_id "
                + "WHERE s.settlement_month = '" + month + "') FROM %s WHERE settlement_month = '" + month + "'";
        String api;
        String sql;
        try (Statement s = c.createStatement()) {
            api = row(s, q.formatted("warranty_settlement_lines", "warranty_settlements", "warranty_settlements"));
            sql = row(s, q.formatted("bench_settlement_lines", "bench_settlements", "bench_settlements"));
        }
        c.commit();
        String expected = stations + " / " + lines;
        return api.equals(sql) && api.startsWith(stations + " ") ? "batches equal: " + api
                : "MISMATCH api " + api + " sql " + sql + " expected " + expected;
    }

    static String row(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1) + " batches " + rs.getBigDecimal(2) + " net " + rs.getLong(3) + " lines";
        }
    }

    static final String SECTION_TEXT = """
            ## warranty (`bench/run-warranty.sh`)

            Bulk claims: requests × claims per request through `PUT /api/v1/dealer/warranty-claims` (2-4 lines each,
            submitted) against plain-JDBC batched inserts of the same claim and line rows, alternating (target API/JDBC
            ≥ 0.5). Settlement: one month of approved claims over the stations, `POST /api/v1/warranty/settlements`
            against hand-written SQL writing the same batches and lines (target API/SQL ≤ 1.5); the read-only
            aggregate's time for reference.

            | date (UTC) | commit | requests × claims | API claims/s | JDBC claims/s | API/JDBC | stations / lines | settle API s | settle SQL s | API/SQL | read aggregate s | check | notes |
            |---|---|---|---|---|---|---|---|---|---|---|---|---|
            """;

}
