package io.fieldback.bench.visits;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.fieldback.bench.Ids;
import io.fieldback.bench.Jdbc;
import io.fieldback.bench.Tokens;

/**
 * The data generator: seeds, with JDBC batch inserts, after the app has created the schema,
 * <ul>
 * <li>5 dealers with 2 stations each (10 stations), 10 technicians per station (100),</li>
 * <li>200 customers per dealer, each with one machine (1,000 customers, 1,000 equipment),</li>
 * <li>N visits (default 50,000) over the past year, spread over the stations: 85% completed with the
 * 5-event timeline a phone sends (ARRIVED, DIAGNOSED, PART_USED, NOTE, COMPLETED) plus their part row
 * and completion outbox event, 10% cancelled, 5% still on site.</li>
 * </ul>
 * Each visit is assigned to one technician of its station and, in addition, to one "feed technician"
 * (technician 0 of station 0, think of a roaming senior technician) so that one technician has N visits
 * and the delta feed has N / 50 pages to walk. The phones of the load test are technicians 1..64.
 *
 * Writes into outDir: phones.txt (one line per phone: token stationId customerId equipmentId dealerId
 * technicianId, the customer being one of the station's dealer) for the
 * wrk script and the JDBC baseline, and feed-token.txt.
 *
 * Usage: VisitSeed <jdbcUrl> <privateKeyPem> <outDir> [visits]
 */
public final class VisitSeed {

    static final int DEALERS = 5;
    static final int STATIONS_PER_DEALER = 2;
    static final int TECHNICIANS_PER_STATION = 10;
    static final int CUSTOMERS_PER_DEALER = 200;
    static final int PHONES = 64;
    static final int BATCH = 1000;

    record Station(UUID id, UUID dealerId, List<UUID> technicians) {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Tokens tokens = new Tokens(Path.of(args[1]));
        Path outDir = Path.of(args[2]);
        int visits = args.length > 3 ? Integer.parseInt(args[3]) : 50_000;
        Files.createDirectories(outDir);
        Random random = new Random(42);
        long started = System.nanoTime();
        Instant now = Instant.now();
        LocalDateTime ts = Jdbc.utc(now.minusSeconds(400L * 86400));

        try (Connection c = Jdbc.connect(Jdbc.withBatching(url))) {
            c.setAutoCommit(false);
            List<UUID> dealers = new ArrayList<>();
            List<Station> stations = new ArrayList<>();
            List<List<UUID[]>> machinesByDealer = new ArrayList<>(); // per dealer: {customerId, equipmentId}

            try (PreparedStatement d = c.prepareStatement("INSERT INTO dealers (id, code, name, active, version, "
                    + "created_at, updated_at) VALUES (?, ?, ?, TRUE, 0, ?, ?)");
                    PreparedStatement s = c.prepareStatement("INSERT INTO stations (id, code, name, dealer_id, region, "
                            + "province, address, latitude, longitude, phone, open_24h, active, version, created_at, "
                            + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, TRUE, 0, ?, ?)");
                    PreparedStatement t = c.prepareStatement("INSERT INTO technicians (id, station_id, name, phone, "
                            + "active, version, created_at, updated_at) VALUES (?, ?, ?, ?, TRUE, 0, ?, ?)")) {
                for (int i = 0; i < DEALERS; i++) {
                    UUID dealer = Ids.v7();
                    dealers.add(dealer);
                    d.setBytes(1, Ids.bytes(dealer));
                    d.setString(2, "BENCH-DLR-" + i);
                    d.setString(3, "基准测试经销商 " + i);
                    d.setObject(4, ts);
                    d.setObject(5, ts);
                    d.addBatch();
                    for (int j = 0; j < STATIONS_PER_DEALER; j++) {
                        int n = i * STATIONS_PER_DEALER + j;
                        UUID station = Ids.v7();
                        s.setBytes(1, Ids.bytes(station));
                        s.setString(2, "BENCH-STN-" + n);
                        s.setString(3, "基准服务站 " + n);
                        s.setBytes(4, Ids.bytes(dealer));
                        s.setString(5, "EAST");
                        s.setString(6, "JS");
                        s.setString(7, "南京市玄武区中山路 " + n + " 号");
                        s.setBigDecimal(8, new BigDecimal("32.0").add(BigDecimal.valueOf(n, 2)));
                        s.setBigDecimal(9, new BigDecimal("118.7").add(BigDecimal.valueOf(n, 2)));
                        s.setString(10, "02584000" + String.format("%03d", n));
                        s.setObject(11, ts);
                        s.setObject(12, ts);
                        s.addBatch();
                        List<UUID> techs = new ArrayList<>();
                        for (int k = 0; k < TECHNICIANS_PER_STATION; k++) {
                            UUID tech = Ids.v7();
                            techs.add(tech);
                            t.setBytes(1, Ids.bytes(tech));
                            t.setBytes(2, Ids.bytes(station));
                            t.setString(3, "技师 " + n + "-" + k);
                            t.setString(4, "139" + String.format("%08d", n * 100 + k));
                            t.setObject(5, ts);
                            t.setObject(6, ts);
                            t.addBatch();
                        }
                        stations.add(new Station(station, dealer, techs));
                    }
                }
                d.executeBatch();
                s.executeBatch();
                t.executeBatch();
            }

            try (PreparedStatement cu = c.prepareStatement("INSERT INTO customers (id, code, name, relationship, "
                    + "importance, region, province, do_not_call, dealer_id, active, version, created_at, updated_at) "
                    + "VALUES (?, ?, ?, 'END_USER', ?, 'EAST', 'JS', FALSE, ?, TRUE, 0, ?, ?)");
                    PreparedStatement eq = c.prepareStatement("INSERT INTO equipment (id, customer_id, serial_number, "
                            + "product_series, application, delivery_date, warranty_until, warranty_limit, "
                            + "warranty_limit_unit, active, version, created_at, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, 200000, 'KM', TRUE, 0, ?, ?)")) {
                String[] applications = { "TRUCK", "BUS", "EXCAVATOR", "HARVESTER", "GENERATOR_SET" };
                for (int i = 0; i < DEALERS; i++) {
                    List<UUID[]> machines = new ArrayList<>();
                    for (int k = 0; k < CUSTOMERS_PER_DEALER; k++) {
                        int n = i * CUSTOMERS_PER_DEALER + k;
                        UUID customer = Ids.v7();
                        UUID machine = Ids.v7();
                        machines.add(new UUID[] { customer, machine });
                        cu.setBytes(1, Ids.bytes(customer));
                        cu.setString(2, "BENCH-C-" + n);
                        cu.setString(3, "客户运输公司 " + n);
                        cu.setString(4, n % 10 == 0 ? "KEY" : "ORDINARY");
                        cu.setBytes(5, Ids.bytes(dealers.get(i)));
                        cu.setObject(6, ts);
                        cu.setObject(7, ts);
                        cu.addBatch();
                        eq.setBytes(1, Ids.bytes(machine));
                        eq.setBytes(2, Ids.bytes(customer));
                        eq.setString(3, "BENCH-SN-" + String.format("%07d", n));
                        eq.setString(4, "ISG-" + (n % 7));
                        eq.setString(5, applications[n % applications.length]);
                        eq.setObject(6, LocalDate.of(2024, 1, 1).plusDays(n % 600));
                        eq.setObject(7, LocalDate.of(2027, 1, 1).plusDays(n % 600));
                        eq.setObject(8, ts);
                        eq.setObject(9, ts);
                        eq.addBatch();
                    }
                    machinesByDealer.add(machines);
                }
                cu.executeBatch();
                eq.executeBatch();
            }
            c.commit();

            UUID feedTechnician = stations.get(0).technicians().get(0);
            seedVisits(c, visits, stations, dealers, machinesByDealer, feedTechnician, now, random);

            // phones: technicians 1..64 (technician 0 of station 0 is the feed technician)
            List<String> phones = new ArrayList<>();
            List<UUID[]> allTechs = new ArrayList<>();
            for (int i = 0; i < stations.size(); i++) {
                for (UUID tech : stations.get(i).technicians()) {
                    allTechs.add(new UUID[] { tech, stations.get(i).id(), stations.get(i).dealerId() });
                }
            }
            for (int p = 1; p <= PHONES; p++) {
                UUID[] tech = allTechs.get(p);
                List<UUID[]> machines = machinesByDealer.get(dealers.indexOf(tech[2]));
                UUID[] machine = machines.get(random.nextInt(machines.size()));
                phones.add(tokens.technician("bench-phone-" + p, tech[1], tech[0]) + " " + tech[1] + " " + machine[0]
                        + " " + machine[1] + " " + tech[2] + " " + tech[0]);
            }
            Files.write(outDir.resolve("phones.txt"), phones);
            Files.writeString(outDir.resolve("feed-token.txt"),
                    tokens.technician("bench-feed", stations.get(0).id(), feedTechnician) + "\n");
        }
        System.out.printf("seeded %d stations, %d technicians, %d customers, %d visits in %.1f s%n",
                DEALERS * STATIONS_PER_DEALER, DEALERS * STATIONS_PER_DEALER * TECHNICIANS_PER_STATION,
                DEALERS * CUSTOMERS_PER_DEALER, visits, (System.nanoTime() - started) / 1e9);
    }

    private static void seedVisits(Connection c, int count, List<Station> stations, List<UUID> dealers,
            List<List<UUID[]>> machinesByDealer, UUID feedTechnician, Instant now, Random random) throws SQLException {
        String[] types = { "MAINTENANCE", "WARRANTY_REPAIR", "PAID_REPAIR", "INSPECTION", "MOBILE_SERVICE" };
        long first = now.minusSeconds(365L * 86400).toEpochMilli();
        // the last request early enough that its arrival and completion (up to 8.5 h later) are past too:
        // the delta feed leaves out changes "from the future"
        long last = now.minusSeconds(12 * 3600).toEpochMilli();
        long step = (last - first) / Math.max(1, count);
        try (PreparedStatement v = c.prepareStatement("INSERT INTO visits (id, customer_id, equipment_id, station_id, "
                + "dealer_id, type, status, source, fault_reported, diagnosis, outcome, labour_hours, cost_amount, "
                + "cost_currency, meter_reading, meter_unit, requested_at, arrived_at, completed_at, cancelled_at, "
                + "cancel_reason, version, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, 'PHONE', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement vt = c.prepareStatement(
                        "INSERT INTO visit_technicians (visit_id, technician_id) VALUES (?, ?)");
                PreparedStatement vp = c.prepareStatement("INSERT INTO visit_parts (visit_id, position, part_number, "
                        + "quantity, billing, used_part_returned, source_event_id) VALUES (?, 0, ?, ?, 'WARRANTY', FALSE, ?)");
                PreparedStatement ev = c.prepareStatement("INSERT INTO visit_events (id, visit_id, type, occurred_at, "
                        + "received_at, author, note, outcome, part_number, quantity, billing) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement de = c.prepareStatement("INSERT INTO domain_events (id, topic, aggregate_id, "
                        + "dealer_id, payload, created_at, handled_at) VALUES (?, 'visit.completed', ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                Station station = stations.get(i % stations.size());
                List<UUID[]> machines = machinesByDealer.get(dealers.indexOf(station.dealerId()));
                UUID[] machine = machines.get(random.nextInt(machines.size()));
                UUID technician = station.technicians().get(random.nextInt(station.technicians().size()));
                long requested = first + i * step;
                UUID id = Ids.v7(requested);
                Instant requestedAt = Instant.ofEpochMilli(requested);
                Instant arrivedAt = requestedAt.plusSeconds(3600 + random.nextInt(4 * 3600));
                Instant completedAt = arrivedAt.plusSeconds(1800 + random.nextInt(3 * 3600));
                int kind = random.nextInt(100); // < 85 completed, < 95 cancelled, else on site
                String status = kind < 85 ? "COMPLETED" : kind < 95 ? "CANCELLED" : "ON_SITE";
                Instant updatedAt = kind < 85 ? completedAt.plusSeconds(5) : kind < 95 ? requestedAt.plusSeconds(900)
                        : arrivedAt.plusSeconds(5);
                String author = "bench-phone";
                byte[] vid = Ids.bytes(id);

                v.setBytes(1, vid);
                v.setBytes(2, Ids.bytes(machine[0]));
                v.setBytes(3, Ids.bytes(machine[1]));
                v.setBytes(4, Ids.bytes(station.id()));
                v.setBytes(5, Ids.bytes(station.dealerId()));
                v.setString(6, types[i % types.length]);
                v.setString(7, status);
                v.setString(8, "发动机启动困难，冒黑烟");
                v.setString(9, kind < 85 ? "燃油滤清器堵塞" : null);
                v.setString(10, kind < 85 ? "FIXED" : null);
                v.setBigDecimal(11, kind < 85 ? new BigDecimal("2.50") : null);
                v.setBigDecimal(12, kind < 85 ? new BigDecimal("860.00") : null);
                v.setString(13, kind < 85 ? "CNY" : null);
                v.setObject(14, 100_000 + random.nextInt(300_000));
                v.setString(15, "KM");
                v.setObject(16, Jdbc.utc(requestedAt));
                v.setObject(17, kind < 85 || kind >= 95 ? Jdbc.utc(arrivedAt) : null);
                v.setObject(18, kind < 85 ? Jdbc.utc(completedAt) : null);
                v.setObject(19, kind >= 85 && kind < 95 ? Jdbc.utc(requestedAt.plusSeconds(900)) : null);
                v.setString(20, kind >= 85 && kind < 95 ? "客户取消" : null);
                v.setLong(21, kind < 85 ? 5 : 1);
                v.setObject(22, Jdbc.utc(requestedAt));
                v.setObject(23, Jdbc.utc(updatedAt));
                v.addBatch();

                vt.setBytes(1, vid);
                vt.setBytes(2, Ids.bytes(technician));
                vt.addBatch();
                if (!technician.equals(feedTechnician)) {
                    vt.setBytes(1, vid);
                    vt.setBytes(2, Ids.bytes(feedTechnician));
                    vt.addBatch();
                }

                if (kind < 85) {
                    long step5 = (completedAt.toEpochMilli() - arrivedAt.toEpochMilli()) / 4;
                    String[] evTypes = { "ARRIVED", "DIAGNOSED", "PART_USED", "NOTE", "COMPLETED" };
                    for (int e = 0; e < 5; e++) {
                        Instant at = arrivedAt.plusMillis(e * step5);
                        UUID eid = Ids.v7(at.toEpochMilli());
                        ev.setBytes(1, Ids.bytes(eid));
                        ev.setBytes(2, vid);
                        ev.setString(3, evTypes[e]);
                        ev.setObject(4, Jdbc.utc(at));
                        ev.setObject(5, Jdbc.utc(at.plusSeconds(2)));
                        ev.setString(6, author);
                        ev.setString(7, e == 1 ? "燃油滤清器堵塞" : e == 3 ? "已告知客户保养周期" : e == 4 ? "试车正常" : null);
                        ev.setString(8, e == 4 ? "FIXED" : null);
                        ev.setString(9, e == 2 ? "FL-1012" : null);
                        ev.setBigDecimal(10, e == 2 ? BigDecimal.ONE : null);
                        ev.setString(11, e == 2 ? "WARRANTY" : null);
                        ev.addBatch();
                        if (e == 2) {
                            vp.setBytes(1, vid);
                            vp.setString(2, "FL-1012");
                            vp.setBigDecimal(3, BigDecimal.ONE);
                            vp.setBytes(4, Ids.bytes(eid));
                            vp.addBatch();
                        }
                    }
                    de.setBytes(1, Ids.bytes(Ids.v7(completedAt.toEpochMilli())));
                    de.setBytes(2, vid);
                    de.setBytes(3, Ids.bytes(station.dealerId()));
                    de.setString(4, "{\"visitId\":\"" + id + "\",\"customerId\":\"" + machine[0] + "\",\"equipmentId\":\""
                            + machine[1] + "\",\"stationId\":\"" + station.id() + "\",\"dealerId\":\""
                            + station.dealerId() + "\",\"completedAt\":\"" + completedAt + "\",\"outcome\":\"FIXED\","
                            + "\"repairOrderNumber\":null,\"from\":\"ON_SITE\",\"arrivedAt\":\"" + arrivedAt
                            + "\",\"changedBy\":\"" + author + "\"}");
                    de.setObject(5, Jdbc.utc(completedAt.plusSeconds(5)));
                    de.setObject(6, Jdbc.utc(completedAt.plusSeconds(60)));
                    de.addBatch();
                } else {
                    boolean cancelled = kind < 95;
                    Instant at = cancelled ? requestedAt.plusSeconds(900) : arrivedAt;
                    ev.setBytes(1, Ids.bytes(Ids.v7(at.toEpochMilli())));
                    ev.setBytes(2, vid);
                    ev.setString(3, cancelled ? "CANCELLED" : "ARRIVED");
                    ev.setObject(4, Jdbc.utc(at));
                    ev.setObject(5, Jdbc.utc(at.plusSeconds(2)));
                    ev.setString(6, cancelled ? "bench-manager" : author);
                    ev.setString(7, cancelled ? "客户取消" : null);
                    ev.setString(8, null);
                    ev.setString(9, null);
                    ev.setBigDecimal(10, null);
                    ev.setString(11, null);
                    ev.addBatch();
                }

                if ((i + 1) % BATCH == 0 || i == count - 1) {
                    v.executeBatch();
                    vt.executeBatch();
                    vp.executeBatch();
                    ev.executeBatch();
                    de.executeBatch();
                    c.commit();
                }
            }
        }
    }

}
