package io.fieldback.bench.warranty;

import static io.fieldback.bench.warranty.WarrantyBench.SERIES;
import static io.fieldback.bench.warranty.WarrantyBench.TYPE;
import static io.fieldback.bench.warranty.WarrantyBench.ZONE;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.fieldback.bench.Ids;
import io.fieldback.bench.Jdbc;

/**
 * The warranty benchmark's rows, written by JDBC batch as the API would have stored them: the claiming dealer's
 * catalogue and completed visits (bulk claims), and a month of approved claims over many stations (settlement).
 */
final class WarrantySeed {

    private WarrantySeed() {
    }

    /** A dealer, one station with its rate, the catalogue, and one completed visit per claim on its own machine. */
    static List<WarrantyBench.Visit> bulk(Connection c, UUID dealer, UUID station, UUID type, int count) throws Exception {
        Instant now = Instant.now();
        var ts = Jdbc.utc(now.minusSeconds(30L * 86400));
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO dealers (id, code, name, active, version, created_at, updated_at) VALUES ("
                    + Ids.hex(dealer) + ", 'BENCH-W-DLR', '保修基准经销商', TRUE, 0, NOW(6), NOW(6))");
            s.executeUpdate("INSERT INTO stations (id, code, name, dealer_id, region, province, address, latitude, "
                    + "longitude, phone, open_24h, active, version, created_at, updated_at) VALUES (" + Ids.hex(station)
                    + ", 'BENCH-W-STN', '保修基准服务站', " + Ids.hex(dealer) + ", 'EAST', 'JS', '南京市', 32.0, 118.7, "
                    + "'02500000000', FALSE, TRUE, 0, NOW(6), NOW(6))");
            s.executeUpdate("INSERT INTO warranty_labour_rates (id, station_id, dealer_id, valid_from, hourly_rate, "
                    + "currency, active, version, created_at, updated_at) VALUES (" + Ids.hex(Ids.v7()) + ", " + Ids.hex(station)
                    + ", " + Ids.hex(dealer) + ", '2020-01-01', 180.00, 'CNY', TRUE, 0, NOW(6), NOW(6))");
            for (int i = 1; i <= 3; i++) {
                s.executeUpdate("INSERT INTO warranty_operation_codes (id, code, product_series, description, "
                        + "standard_hours, active, version, created_at, updated_at) VALUES (" + Ids.hex(Ids.v7())
                        + ", 'BOP-" + i + "', '" + SERIES + "', '基准工时 " + i + "', 2.00, TRUE, 0, NOW(6), NOW(6))");
            }
            s.executeUpdate("INSERT INTO warranty_claim_types (id, code, kind, name, campaign_code, active, version, "
                    + "created_at, updated_at) VALUES (" + Ids.hex(type) + ", '" + TYPE + "', 'STANDARD', '三包', NULL, TRUE, "
                    + "0, NOW(6), NOW(6))");
        }
        UUID customer = Ids.v7();
        try (PreparedStatement cu = c.prepareStatement("INSERT INTO customers (id, code, name, relationship, importance, "
                + "region, province, do_not_call, dealer_id, active, version, created_at, updated_at) VALUES (?, "
                + "'BENCH-W-C', '保修基准客户', 'END_USER', 'ORDINARY', 'EAST', 'JS', FALSE, ?, TRUE, 0, ?, ?)")) {
            cu.setBytes(1, Ids.bytes(customer));
            cu.setBytes(2, Ids.bytes(dealer));
            cu.setObject(3, ts);
            cu.setObject(4, ts);
            cu.executeUpdate();
        }
        List<WarrantyBench.Visit> visits = new ArrayList<>();
        try (PreparedStatement eq = c.prepareStatement("INSERT INTO equipment (id, customer_id, serial_number, "
                + "product_series, application, delivery_date, warranty_until, warranty_limit, warranty_limit_unit, "
                + "active, version, created_at, updated_at) VALUES (?, ?, ?, ?, 'TRUCK', ?, '2030-01-01', 200000, 'KM', "
                + "TRUE, 0, ?, ?)");
                PreparedStatement v = c.prepareStatement("INSERT INTO visits (id, customer_id, equipment_id, "
                        + "station_id, dealer_id, type, status, source, meter_reading, meter_unit, requested_at, "
                        + "arrived_at, completed_at, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                        + "'WARRANTY_REPAIR', 'COMPLETED', 'DEALER_SYSTEM', 5000, 'KM', ?, ?, ?, 0, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                WarrantyBench.Visit visit = new WarrantyBench.Visit(Ids.v7(), Ids.v7(), "BW-SN-" + String.format("%07d", i));
                visits.add(visit);
                eq.setBytes(1, Ids.bytes(visit.equipmentId()));
                eq.setBytes(2, Ids.bytes(customer));
                eq.setString(3, visit.serial());
                eq.setString(4, SERIES);
                eq.setObject(5, LocalDate.of(2025, 1, 1).plusDays(i % 365));
                eq.setObject(6, ts);
                eq.setObject(7, ts);
                eq.addBatch();
                v.setBytes(1, Ids.bytes(visit.id()));
                v.setBytes(2, Ids.bytes(customer));
                v.setBytes(3, Ids.bytes(visit.equipmentId()));
                v.setBytes(4, Ids.bytes(station));
                v.setBytes(5, Ids.bytes(dealer));
                v.setObject(6, ts);
                v.setObject(7, ts);
                v.setObject(8, ts);
                v.setObject(9, ts);
                v.setObject(10, ts);
                v.addBatch();
                if (i % 1000 == 999 || i == count - 1) {
                    eq.executeBatch();
                    v.executeBatch();
                    c.commit();
                }
            }
        }
        return visits;
    }

    /** Approved claims over the stations (50 dealers), decided in the month, as the API would have stored them. */
    static void settlement(Connection c, int stations, int claims, YearMonth month, UUID type) throws Exception {
        Random random = new Random(17);
        List<UUID[]> all = new ArrayList<>(); // station, dealer
        try (PreparedStatement d = c.prepareStatement("INSERT INTO dealers (id, code, name, active, version, created_at, "
                + "updated_at) VALUES (?, ?, '结算基准经销商', TRUE, 0, NOW(6), NOW(6))");
                PreparedStatement s = c.prepareStatement("INSERT INTO stations (id, code, name, dealer_id, region, "
                        + "province, address, latitude, longitude, phone, open_24h, active, version, created_at, "
                        + "updated_at) VALUES (?, ?, '结算基准服务站', ?, 'EAST', 'JS', '南京市', 32.0, 118.7, '025', "
                        + "FALSE, TRUE, 0, NOW(6), NOW(6))")) {
            UUID dealer = null;
            for (int i = 0; i < stations; i++) {
                if (i % 10 == 0) {
                    dealer = Ids.v7();
                    d.setBytes(1, Ids.bytes(dealer));
                    d.setString(2, "BENCH-S-DLR-" + i / 10);
                    d.addBatch();
                }
                UUID station = Ids.v7();
                all.add(new UUID[] { station, dealer });
                s.setBytes(1, Ids.bytes(station));
                s.setString(2, "BENCH-S-STN-" + i);
                s.setBytes(3, Ids.bytes(dealer));
                s.addBatch();
            }
            d.executeBatch();
            s.executeBatch();
            c.commit();
        }
        Instant from = month.atDay(1).atStartOfDay(ZONE).toInstant();
        long span = month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant().getEpochSecond() - from.getEpochSecond();
        try (PreparedStatement claim = c.prepareStatement("INSERT INTO warranty_claims (id, dealer_id, station_id, "
                + "visit_id, equipment_id, serial_number, product_series, claim_number, claim_type_id, status, "
                + "repaired_on, failure_date, coverage, coverage_note, currency, claimed_total, approved_total, "
                + "submitted_at, decided_at, decided_by, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                + "'ISG-1', ?, ?, 'APPROVED', ?, ?, 'IN_WARRANTY', 'in warranty', 'CNY', ?, ?, ?, ?, 'analyst', 1, ?, ?)")) {
            for (int i = 0; i < claims; i++) {
                UUID[] st = all.get(i % stations);
                Instant decided = from.plusSeconds(random.nextLong(span));
                BigDecimal amount = BigDecimal.valueOf(10_000 + random.nextInt(290_000), 2);
                claim.setBytes(1, Ids.bytes(Ids.v7()));
                claim.setBytes(2, Ids.bytes(st[1]));
                claim.setBytes(3, Ids.bytes(st[0]));
                claim.setBytes(4, Ids.bytes(Ids.v7()));
                claim.setBytes(5, Ids.bytes(Ids.v7()));
                claim.setString(6, "S-SN-" + i);
                claim.setString(7, "SET-" + i);
                claim.setBytes(8, Ids.bytes(type));
                LocalDate day = LocalDate.ofInstant(decided, ZONE).minusDays(3);
                claim.setObject(9, day);
                claim.setObject(10, day);
                claim.setBigDecimal(11, amount);
                claim.setBigDecimal(12, amount);
                claim.setObject(13, Jdbc.utc(decided));
                claim.setObject(14, Jdbc.utc(decided));
                claim.setObject(15, Jdbc.utc(decided));
                claim.setObject(16, Jdbc.utc(decided));
                claim.addBatch();
                if (i % 2000 == 1999 || i == claims - 1) {
                    claim.executeBatch();
                    c.commit();
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE TABLE warranty_claims");
            s.execute("CREATE TABLE bench_settlements LIKE warranty_settlements");
            s.execute("CREATE TABLE bench_settlement_lines LIKE warranty_settlement_lines");
            c.commit();
        }
    }
}
