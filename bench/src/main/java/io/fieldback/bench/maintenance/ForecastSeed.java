package io.fieldback.bench.maintenance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import io.fieldback.bench.Ids;

/**
 * MACHINES machines of 1,000 customers (one dealer) in three series with a rule each: hours (first at 250 h or
 * 6 months), kilometres (first at 10,000 km or 12 months) and months only (first at 12 months). Delivered over the
 * last three years (one in ten not delivered yet: no item); half the metered machines have two or three readings
 * (the usage rate), the others none (the default rate).
 */
final class ForecastSeed {

    static final String[] SERIES = { "BF-HRS", "BF-KM", "BF-MON" };

    private ForecastSeed() {
    }

    static void seed(Connection c, int machines) throws Exception {
        c.setAutoCommit(false);
        Random random = new Random(18);
        UUID dealer = Ids.v7();
        UUID[] customers = new UUID[1000];
        try (Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO dealers (id, code, name, active, version, created_at, updated_at) VALUES ("
                    + Ids.hex(dealer) + ", 'BENCH-F-DLR', '保养基准经销商', TRUE, 0, NOW(6), NOW(6))");
            s.executeUpdate(rule(SERIES[0], "'HOURS'", "250", "6", "500", "6", "'ANCHORED'"));
            s.executeUpdate(rule(SERIES[1], "'KM'", "10000", "12", "20000", "12", "'FLOATING'"));
            s.executeUpdate(rule(SERIES[2], "NULL", "NULL", "12", "NULL", "12", "'ANCHORED'"));
        }
        try (PreparedStatement cu = c.prepareStatement("INSERT INTO customers (id, code, name, relationship, importance, "
                + "region, province, do_not_call, dealer_id, active, version, created_at, updated_at) VALUES (?, ?, "
                + "'保养基准客户', 'END_USER', 'ORDINARY', 'EAST', 'JS', FALSE, ?, TRUE, 0, NOW(6), NOW(6))")) {
            for (int i = 0; i < customers.length; i++) {
                customers[i] = Ids.v7();
                cu.setBytes(1, Ids.bytes(customers[i]));
                cu.setString(2, "BENCH-F-C-" + i);
                cu.setBytes(3, Ids.bytes(dealer));
                cu.addBatch();
            }
            cu.executeBatch();
            c.commit();
        }
        LocalDate today = LocalDate.now();
        try (PreparedStatement eq = c.prepareStatement("INSERT INTO equipment (id, customer_id, serial_number, "
                + "product_series, application, delivery_date, warranty_until, warranty_limit, warranty_limit_unit, "
                + "active, version, created_at, updated_at) VALUES (?, ?, ?, ?, 'TRUCK', ?, NULL, NULL, NULL, TRUE, 0, "
                + "NOW(6), NOW(6))");
                PreparedStatement r = c.prepareStatement("INSERT INTO meter_readings (id, equipment_id, reading, unit, "
                        + "read_on, visit_id, created_at) VALUES (?, ?, ?, ?, ?, NULL, NOW(6))")) {
            for (int i = 0; i < machines; i++) {
                UUID machine = Ids.v7();
                String series = SERIES[i % 3];
                LocalDate delivered = random.nextInt(10) == 0 ? null : today.minusDays(random.nextInt(3 * 365));
                eq.setBytes(1, Ids.bytes(machine));
                eq.setBytes(2, Ids.bytes(customers[random.nextInt(customers.length)]));
                eq.setString(3, "BF-SN-" + String.format("%07d", i));
                eq.setString(4, series);
                eq.setObject(5, delivered);
                eq.addBatch();
                if (delivered != null && i % 3 != 2 && random.nextBoolean()) {
                    readings(r, machine, series.equals("BF-HRS") ? "HOURS" : "KM", delivered, today, random);
                }
                if (i % 2000 == 1999 || i == machines - 1) {
                    eq.executeBatch();
                    r.executeBatch();
                    c.commit();
                }
            }
        }
        c.setAutoCommit(true);
    }

    private static void readings(PreparedStatement r, UUID machine, String unit, LocalDate delivered, LocalDate today,
            Random random) throws Exception {
        int count = 2 + random.nextInt(2);
        long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(delivered, today));
        double perDay = unit.equals("HOURS") ? 2 + random.nextInt(12) : 50 + random.nextInt(400);
        long day = 0;
        for (int k = 0; k < count; k++) {
            day = Math.min(span, day + 1 + random.nextInt((int) Math.max(1, span / count)));
            r.setBytes(1, Ids.bytes(Ids.v7()));
            r.setBytes(2, Ids.bytes(machine));
            r.setInt(3, (int) (day * perDay));
            r.setString(4, unit);
            r.setObject(5, delivered.plusDays(day));
            r.addBatch();
        }
    }

    private static String rule(String series, String unit, String firstMeter, String firstMonths, String everyMeter,
            String everyMonths, String mode) {
        return "INSERT INTO maintenance_rules (id, product_series, meter_unit, first_meter, first_months, every_meter, "
                + "every_months, mode, version, created_at, updated_at) VALUES (" + Ids.hex(Ids.v7()) + ", '" + series
                + "', " + unit + ", " + firstMeter + ", " + firstMonths + ", " + everyMeter + ", " + everyMonths + ", "
                + mode + ", 0, NOW(6), NOW(6))";
    }
}
