package io.fieldback.bench.booking;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.fieldback.bench.Ids;
import io.fieldback.bench.Jdbc;

/**
 * STATIONS stations (ten per dealer) scattered over a 3° × 4° box around Shanghai, each taking bookings: one-hour
 * slots 08:00-12:00 and 13:00-17:00 Monday to Saturday (8 a day), 1 to 3 bays, a closure day now and then, and
 * about 40 % of the slots of the DAYS days partly or fully taken, written as the app writes them (booking_slots).
 */
final class SlotSearchSeed {

    static final double LAT0 = 30.0;
    static final double LON0 = 119.0;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private SlotSearchSeed() {
    }

    static void seed(Connection c, int stations, LocalDate from, int days) throws Exception {
        c.setAutoCommit(false);
        Random random = new Random(18);
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement d = c.prepareStatement("INSERT INTO dealers (id, code, name, active, version, created_at, "
                + "updated_at) VALUES (?, ?, '预约基准经销商', TRUE, 0, NOW(6), NOW(6))");
                PreparedStatement s = c.prepareStatement("INSERT INTO stations (id, code, name, dealer_id, region, "
                        + "province, address, latitude, longitude, phone, open_24h, active, version, created_at, "
                        + "updated_at) VALUES (?, ?, '预约基准服务站', ?, 'EAST', 'JS', '南京市', ?, ?, '025', FALSE, TRUE, "
                        + "0, NOW(6), NOW(6))");
                PreparedStatement cap = c.prepareStatement("INSERT INTO station_capacity (station_id, dealer_id, "
                        + "slot_minutes, bays, version, created_at, updated_at) VALUES (?, ?, 60, ?, 0, NOW(6), NOW(6))");
                PreparedStatement h = c.prepareStatement("INSERT INTO station_opening_hours (station_id, day_of_week, "
                        + "opens, closes) VALUES (?, ?, ?, ?)");
                PreparedStatement cl = c.prepareStatement("INSERT INTO station_closures (station_id, closed_on, reason) "
                        + "VALUES (?, ?, '盘点')");
                PreparedStatement b = c.prepareStatement("INSERT INTO booking_slots (station_id, starts_at, taken) "
                        + "VALUES (?, ?, ?)")) {
            UUID dealer = null;
            for (int i = 0; i < stations; i++) {
                if (i % 10 == 0) {
                    dealer = Ids.v7();
                    d.setBytes(1, Ids.bytes(dealer));
                    d.setString(2, "BENCH-B-DLR-" + i / 10);
                    d.executeUpdate();
                }
                UUID station = Ids.v7();
                ids.add(station);
                int bays = 1 + random.nextInt(3);
                s.setBytes(1, Ids.bytes(station));
                s.setString(2, "BENCH-B-STN-" + i);
                s.setBytes(3, Ids.bytes(dealer));
                s.setBigDecimal(4, java.math.BigDecimal.valueOf(LAT0 + random.nextDouble() * 3).setScale(6, java.math.RoundingMode.HALF_UP));
                s.setBigDecimal(5, java.math.BigDecimal.valueOf(LON0 + random.nextDouble() * 4).setScale(6, java.math.RoundingMode.HALF_UP));
                s.addBatch();
                cap.setBytes(1, Ids.bytes(station));
                cap.setBytes(2, Ids.bytes(dealer));
                cap.setInt(3, bays);
                cap.addBatch();
                for (int day = 1; day <= 6; day++) {
                    for (int[] range : new int[][] { { 8, 12 }, { 13, 17 } }) {
                        h.setBytes(1, Ids.bytes(station));
                        h.setInt(2, day);
                        h.setTime(3, Time.valueOf(LocalTime.of(range[0], 0)));
                        h.setTime(4, Time.valueOf(LocalTime.of(range[1], 0)));
                        h.addBatch();
                    }
                }
                for (int day = 0; day < days; day++) {
                    LocalDate on = from.plusDays(day);
                    if (random.nextInt(20) == 0) {
                        cl.setBytes(1, Ids.bytes(station));
                        cl.setObject(2, on);
                        cl.addBatch();
                    }
                    for (int hour : new int[] { 8, 9, 10, 11, 13, 14, 15, 16 }) {
                        if (random.nextInt(10) < 4) {
                            b.setBytes(1, Ids.bytes(station));
                            b.setObject(2, Jdbc.utc(on.atTime(hour, 0).atZone(ZONE).toInstant()));
                            b.setInt(3, 1 + random.nextInt(bays));
                            b.addBatch();
                        }
                    }
                }
                if (i % 50 == 49 || i == stations - 1) {
                    s.executeBatch();
                    cap.executeBatch();
                    h.executeBatch();
                    cl.executeBatch();
                    b.executeBatch();
                    c.commit();
                }
            }
        }
        c.setAutoCommit(true);
    }

}
