package io.fieldback.bench.insights;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;

import io.fieldback.bench.Ids;
import io.fieldback.bench.Jdbc;

/**
 * Adds, after the follow-up generator (bench/followups Seed: customers, contacts and past calls), what the
 * insights reports read, with server-side INSERT ... SELECT (fast, no rows through JDBC):
 * <ul>
 * <li>5 dealers with 10 stations each; one machine per customer (eight product series); every call gets
 * the customer's machine and a station (by the customer id), so groupings and dealer scopes have data;</li>
 * <li>5% of completed calls flagged perfunctory; the standard questionnaire's answers on every completed call
 * (about 80% yes, scores 1-5, free text on one call in five, one in twenty marked a problem);</li>
 * <li>about 100,000 vendor survey rows over two years, with five answers each;</li>
 * <li>about 100,000 complaints over two years (Pareto-like categories), their three clocks, 70% closed,
 * second-satisfaction answers and 3% reopenings.</li>
 * </ul>
 * Usage: InsightsSeed jdbcUrl
 */
public final class InsightsSeed {

    static final String QUESTIONNAIRE = "UNHEX('0193a0000000700080000000000000f1')";

    public static void main(String[] args) throws Exception {
        try (Connection c = Jdbc.connect(args[0])) {
            c.setAutoCommit(true);
            long started = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE bench_stations (n INT PRIMARY KEY, id BINARY(16) NOT NULL, dealer_id BINARY(16) NOT NULL)");
                s.execute("CREATE TABLE bench_items (position INT PRIMARY KEY, code VARCHAR(40), type VARCHAR(16), vendor BOOLEAN)");
                s.execute("INSERT INTO bench_items VALUES (0,'quality_satisfied','YES_NO',TRUE),(1,'quality_score','SCALE_1_5',FALSE),"
                        + "(2,'attitude_satisfied','YES_NO',TRUE),(3,'attitude_score','SCALE_1_5',FALSE),"
                        + "(4,'speed_satisfied','YES_NO',TRUE),(5,'speed_score','SCALE_1_5',FALSE),"
                        + "(6,'proactive_satisfied','YES_NO',TRUE),(7,'proactive_score','SCALE_1_5',FALSE),"
                        + "(8,'other_feedback','FREE_TEXT',TRUE)");
            }
            String[] regions = { "EAST", "SOUTH", "SOUTHWEST", "NORTH", "NORTHEAST", "NORTHWEST" };
            try (PreparedStatement dealer = c.prepareStatement("INSERT INTO dealers (id, code, name, active, version, "
                    + "created_at, updated_at) VALUES (?, ?, ?, TRUE, 0, NOW(6), NOW(6))");
                    PreparedStatement station = c.prepareStatement("INSERT INTO stations (id, code, name, dealer_id, "
                            + "region, latitude, longitude, open_24h, active, version, created_at, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, 31.2, 121.4, FALSE, TRUE, 0, NOW(6), NOW(6))");
                    PreparedStatement map = c.prepareStatement("INSERT INTO bench_stations VALUES (?, ?, ?)")) {
                for (int d = 0; d < 5; d++) {
                    byte[] dealerId = Ids.bytes(UUID.randomUUID());
                    dealer.setBytes(1, dealerId);
                    dealer.setString(2, "BI-D" + d);
                    dealer.setString(3, "基准经销商 " + d);
                    dealer.executeUpdate();
                    for (int k = 0; k < 10; k++) {
                        byte[] stationId = Ids.bytes(UUID.randomUUID());
                        station.setBytes(1, stationId);
                        station.setString(2, "BI-S" + d + k);
                        station.setString(3, "基准服务站 " + d + "-" + k);
                        station.setBytes(4, dealerId);
                        station.setString(5, regions[(d * 10 + k) % regions.length]);
                        station.executeUpdate();
                        map.setInt(1, d * 10 + k);
                        map.setBytes(2, stationId);
                        map.setBytes(3, dealerId);
                        map.executeUpdate();
                    }
                }
            }
            run(c, "machines (one per customer)", "INSERT INTO equipment (id, customer_id, serial_number, product_series, "
                    + "application, active, version, created_at, updated_at) SELECT UNHEX(MD5(CONCAT('eq', HEX(id)))), id, "
                    + "CONCAT('SN-', code), ELT(1 + CONV(RIGHT(HEX(id), 2), 16, 10) % 8, 'YC6L', 'YC6K', 'YC4D', 'YC6MK', "
                    + "'YC6J', 'YC4F', 'YC6A', 'K13'), 'TRUCK', TRUE, 0, created_at, created_at FROM customers");
            run(c, "calls: machine, station, dealer", "UPDATE followup_calls c JOIN equipment e ON e.customer_id = c.customer_id "
                    + "JOIN bench_stations s ON s.n = CONV(SUBSTR(HEX(c.customer_id), 29, 2), 16, 10) % 50 "
                    + "SET c.equipment_id = e.id, c.station_id = s.id, c.dealer_id = s.dealer_id");
            run(c, "calls: 5% of completed flagged perfunctory", "UPDATE followup_calls SET perfunctory = TRUE "
                    + "WHERE status = 'COMPLETED' AND CONV(SUBSTR(HEX(id), 31, 2), 16, 10) < 13");
            // answers month by month, so no transaction grows huge
            LocalDate first = LocalDate.now().minusDays(800).withDayOfMonth(1);
            long answers = 0;
            for (LocalDate month = first; !month.isAfter(LocalDate.now()); month = month.plusMonths(1)) {
                try (PreparedStatement p = c.prepareStatement("INSERT INTO followup_answers (followup_id, position, "
                        + "item_code, item_type, bool_value, int_value, text_value, problem) "
                        + "SELECT c.id, i.position, i.code, i.type, "
                        + "CASE WHEN i.type = 'YES_NO' THEN CONV(SUBSTR(HEX(c.id), 17 + i.position, 2), 16, 10) % 10 < 8 END, "
                        + "CASE WHEN i.type = 'SCALE_1_5' THEN 1 + CONV(SUBSTR(HEX(c.id), 17 + i.position, 2), 16, 10) % 5 END, "
                        + "CASE WHEN i.type = 'FREE_TEXT' THEN '发动机有异响，希望尽快处理' END, "
                        + "i.type = 'FREE_TEXT' AND CONV(SUBSTR(HEX(c.id), 27, 2), 16, 10) % 4 = 0 "
                        + "FROM followup_calls c CROSS JOIN bench_items i WHERE c.status = 'COMPLETED' "
                        + "AND c.due_at >= ? AND c.due_at < ? "
                        + "AND (i.type <> 'FREE_TEXT' OR CONV(SUBSTR(HEX(c.id), 25, 2), 16, 10) % 5 = 0)")) {
                    p.setObject(1, month.atStartOfDay());
                    p.setObject(2, month.plusMonths(1).atStartOfDay());
                    answers += p.executeUpdate();
                }
            }
            System.out.printf("seeded %,d answers%n", answers);
            byte[] vendor = Ids.bytes(UUID.randomUUID());
            try (PreparedStatement v = c.prepareStatement("INSERT INTO vendors (id, code, name, active, version, created_at, "
                    + "updated_at) VALUES (?, 'BI-V1', '基准调查公司', TRUE, 0, NOW(6), NOW(6))")) {
                v.setBytes(1, vendor);
                v.executeUpdate();
            }
            // the finished upload the rows came in (survey_results.batch_id references it)
            run(c, "vendor batch", "INSERT INTO survey_batches (id, vendor_id, vendor_batch_id, questionnaire_id, "
                    + "questionnaire_version, format, charset_name, content_sha256, size_bytes, storage_key, status, "
                    + "processed_rows, accepted_rows, rejected_rows, checkpoint_records, attempts, uploaded_by, version, "
                    + "created_at, updated_at) VALUES (UNHEX(MD5('batch')), UNHEX('" + HexFormat.of().formatHex(vendor) + "'), 'BENCH-1', "
                    + QUESTIONNAIRE + ", 1, 'CSV', 'UTF-8', REPEAT('0', 64), 0, 'bench', 'DONE', 0, 0, 0, 0, 1, 'bench', 0, "
                    + "NOW(6), NOW(6))");
            run(c, "vendor rows", "INSERT INTO survey_results (id, batch_id, vendor_id, vendor_row_id, line_number, "
                    + "customer_id, equipment_id, station_id, dealer_id, relationship, importance, region, product_line, "
                    + "questionnaire_id, questionnaire_version, interview_date, method, created_at) "
                    + "SELECT UNHEX(MD5(CONCAT('sr', HEX(cu.id)))), UNHEX(MD5('batch')), UNHEX('" + HexFormat.of().formatHex(vendor) + "'), "
                    + "cu.code, 1, cu.id, e.id, s.id, s.dealer_id, cu.relationship, cu.importance, cu.region, "
                    + "e.product_series, " + QUESTIONNAIRE + ", 1, "
                    + "CURDATE() - INTERVAL (3 + CONV(SUBSTR(HEX(cu.id), 21, 4), 16, 10) % 728) DAY, 'PHONE', NOW(6) "
                    + "FROM customers cu JOIN equipment e ON e.customer_id = cu.id "
                    + "JOIN bench_stations s ON s.n = CONV(SUBSTR(HEX(cu.id), 29, 2), 16, 10) % 50 "
                    + "WHERE CONV(SUBSTR(HEX(cu.id), 25, 2), 16, 10) % 2 = 0");
            run(c, "vendor answers", "INSERT INTO survey_result_answers (result_id, position, item_code, item_type, "
                    + "bool_value, int_value, text_value) SELECT r.id, i.position, i.code, i.type, "
                    + "CASE WHEN i.type = 'YES_NO' THEN CONV(SUBSTR(HEX(r.id), 1 + i.position, 2), 16, 10) % 10 < 8 END, NULL, "
                    + "CASE WHEN i.type = 'FREE_TEXT' AND CONV(SUBSTR(HEX(r.id), 20, 2), 16, 10) % 10 = 0 THEN '配件太贵' END "
                    + "FROM survey_results r CROSS JOIN bench_items i WHERE i.vendor");
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            run(c, "complaints", "INSERT INTO complaints (id, customer_id, equipment_id, channel, category, severity, "
                    + "description, received_at, status, first_closed_at, closed_at, second_satisfied, second_at, "
                    + "created_by, version, created_at, updated_at) "
                    + "SELECT k.id, k.customer_id, k.equipment_id, 'HOTLINE', CASE WHEN k.h % 100 < 40 THEN 'PRODUCT_QUALITY' "
                    + "WHEN k.h % 100 < 60 THEN 'PARTS' WHEN k.h % 100 < 75 THEN 'RESPONSE_SPEED' "
                    + "WHEN k.h % 100 < 87 THEN 'SERVICE_ATTITUDE' WHEN k.h % 100 < 95 THEN 'PRICE' ELSE 'OTHER' END, "
                    + "IF(k.h % 10 = 0, 'URGENT', 'NORMAL'), '基准投诉：发动机异响', k.received, "
                    + "IF(k.closed, 'CLOSED', 'INVESTIGATING'), IF(k.closed, k.received + INTERVAL 24 + k.h % 300 HOUR, NULL), "
                    + "IF(k.closed, k.received + INTERVAL 24 + k.h % 300 HOUR, NULL), IF(k.closed, k.h % 4 <> 0, NULL), "
                    + "IF(k.closed, k.received + INTERVAL 48 + k.h % 300 HOUR, NULL), 'bench', 0, k.received, k.received "
                    + "FROM (SELECT UNHEX(MD5(CONCAT('k', HEX(cu.id)))) id, cu.id customer_id, e.id equipment_id, "
                    + "CONV(SUBSTR(HEX(cu.id), 21, 6), 16, 10) h, "
                    + "TIMESTAMP('" + now.toString().replace('T', ' ') + "') - INTERVAL (3 * 1440 + CONV(SUBSTR(HEX(cu.id), 17, 6), 16, 10) % (727 * 1440)) MINUTE received, "
                    + "CONV(SUBSTR(HEX(cu.id), 27, 2), 16, 10) % 10 < 7 closed "
                    + "FROM customers cu JOIN equipment e ON e.customer_id = cu.id "
                    + "WHERE CONV(SUBSTR(HEX(cu.id), 25, 2), 16, 10) % 2 = 1) k");
            // complaint deadlines live on the clock module's table, subject type 'complaint' (changeset 141)
            run(c, "complaint clocks", "INSERT INTO deadline_clocks (id, subject_type, subject_id, kind, due_at, stopped_at, "
                    + "breached_at, escalate_at) SELECT UNHEX(MD5(CONCAT(x.clock, HEX(e.id)))), 'complaint', e.id, x.clock, "
                    + "e.received_at + INTERVAL x.hours HOUR, "
                    + "CASE WHEN e.status = 'CLOSED' OR CONV(SUBSTR(HEX(e.id), 3, 2), 16, 10) % 3 > 0 "
                    + "THEN e.received_at + INTERVAL (CONV(SUBSTR(HEX(e.id), 5 + x.n, 2), 16, 10) % (x.hours + x.hours / 4)) HOUR END, "
                    + "NULL, NULL FROM complaints e CROSS JOIN (SELECT 0 n, 'FIRST_CONTACT' clock, 12 hours UNION ALL "
                    + "SELECT 1, 'REPLY', 72 UNION ALL SELECT 2, 'CORRECTIVE_REPORT', 72) x");
            run(c, "reopenings", "INSERT INTO complaint_history (id, complaint_id, from_status, to_status, actor, at) "
                    + "SELECT UNHEX(MD5(CONCAT('re', HEX(id)))), id, 'CLOSED', 'REOPENED', 'bench', first_closed_at + INTERVAL 10 DAY "
                    + "FROM complaints WHERE first_closed_at IS NOT NULL AND CONV(SUBSTR(HEX(id), 9, 2), 16, 10) % 100 < 3 "
                    + "AND first_closed_at + INTERVAL 10 DAY < NOW()");
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE customers, equipment, followup_calls, followup_answers, survey_results, "
                        + "survey_result_answers, complaints, deadline_clocks, complaint_history");
            }
            System.out.printf("insights seed done in %.1f s%n", (System.nanoTime() - started) / 1e9);
            buildReadModel(c);
        }
    }

    /**
     * The rows above were written behind the app's back: mark their days stale in the insights read model
     * (as the back-fill changeset does) and wait until the app's refresh job has rebuilt them. Only the days
     * the benchmark reads (the last 380: the year, its whole weeks, the weekly report) are marked, so the
     * back-fill takes half the time; the older days stay out of the roll-up of this database.
     */
    private static void buildReadModel(Connection c) throws Exception {
        long started = System.nanoTime();
        run(c, "read-model days marked stale", "INSERT IGNORE INTO insights_dirty_days (day, marked_at) "
                + "SELECT d.day + INTERVAL n.k DAY, UTC_TIMESTAMP(6) FROM (SELECT DISTINCT DATE(due_at) AS day "
                + "FROM followup_calls UNION SELECT DISTINCT interview_date FROM survey_results) d "
                + "CROSS JOIN (SELECT -1 AS k UNION ALL SELECT 0 UNION ALL SELECT 1) n "
                + "WHERE d.day >= CURRENT_DATE - INTERVAL 380 DAY");
        for (long left = 1; left > 0; Thread.sleep(5000)) {
            try (Statement s = c.createStatement();
                    java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM insights_dirty_days")) {
                rs.next();
                left = rs.getLong(1);
            }
            System.out.printf("read model: %d days left to build (%.0f s)%n", left, (System.nanoTime() - started) / 1e9);
        }
    }

    private static void run(Connection c, String what, String sql) throws Exception {
        long started = System.nanoTime();
        try (Statement s = c.createStatement()) {
            int rows = s.executeUpdate(sql);
            System.out.printf("seeded %,d rows of %s in %.1f s%n", rows, what, (System.nanoTime() - started) / 1e9);
        }
    }

}
