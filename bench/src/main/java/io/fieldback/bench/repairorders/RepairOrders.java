package io.fieldback.bench.repairorders;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.bench.Ids;
import io.fieldback.bench.Jdbc;

/**
 * The repair orders of the dealer-sync benchmark, generated the same way for every use: as JSON items of
 * {@code PUT /api/v1/dealer/repair-orders}, and as the {@code visits} row the API stores for them (for the
 * seed of the orders that get updated, and for the plain-JDBC baseline).
 *
 * <p>Order {@code seq} of a dealer is at one of its stations, for one of its customers (pre-seeded by
 * {@link VisitSeed}, with their machine), requested {@code seq x 10 s} after a start 20 days ago, so every
 * time is in the past and in a possible order. Two versions of an order exist:
 * <ul>
 * <li>{@link #requested}: just requested (fault reported, meter); no status events;</li>
 * <li>{@link #completed}: arrived 1.5 h later, completed 2 h after that with outcome FIXED, diagnosis, work
 * done, one part, labour hours and cost; its updatedAt is 10 minutes after the completion.</li>
 * </ul>
 */
public final class RepairOrders {

    static final String[] TYPES = { "PAID_REPAIR", "WARRANTY_REPAIR", "MAINTENANCE", "INSPECTION", "MOBILE_SERVICE" };
    static final String[] FAULTS = { "发动机启动困难，冒黑烟", "水温过高，冷却液消耗快", "动力不足，加速无力", "机油压力低报警",
            "怠速不稳，抖动明显" };

    /** One of the seeded customers with its machine. */
    public record Machine(String customerCode, UUID customerId, String serial, UUID equipmentId) {
    }

    /** A seeded dealer as the benchmark uses it: its stations by code and its customers' machines. */
    public record Dealer(UUID id, String code, List<String> stationCodes, Map<String, UUID> stationIds,
            List<Machine> machines) {

        public static Dealer load(Connection c, String code) throws SQLException {
            UUID id;
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM dealers WHERE code = ?")) {
                s.setString(1, code);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("no dealer " + code + ": run VisitSeed first");
                    }
                    id = Ids.uuid(r.getBytes(1));
                }
            }
            Map<String, UUID> stations = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT code, id FROM stations WHERE dealer_id = ? AND active = TRUE ORDER BY code")) {
                s.setBytes(1, Ids.bytes(id));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        stations.put(r.getString(1), Ids.uuid(r.getBytes(2)));
                    }
                }
            }
            List<Machine> machines = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT c.code, c.id, e.serial_number, e.id FROM customers c "
                    + "JOIN equipment e ON e.customer_id = c.id WHERE c.dealer_id = ? ORDER BY c.code")) {
                s.setBytes(1, Ids.bytes(id));
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        machines.add(new Machine(r.getString(1), Ids.uuid(r.getBytes(2)), r.getString(3),
                                Ids.uuid(r.getBytes(4))));
                    }
                }
            }
            if (stations.isEmpty() || machines.isEmpty()) {
                throw new IllegalStateException("dealer " + code + " has no stations or no customers");
            }
            return new Dealer(id, code, List.copyOf(stations.keySet()), stations, machines);
        }
    }

    /** One version of a repair order; null fields are left out of the JSON and stored as NULL. */
    public record Order(String number, Instant updatedAt, String stationCode, UUID stationId, Machine machine, String type,
            String status, Instant requestedAt, Instant arrivedAt, Instant completedAt, String outcome,
            String faultReported, String diagnosis, String workDone, String partNumber, BigDecimal labourHours,
            BigDecimal cost, int meterReading) {
    }

    private final Dealer dealer;
    private final Instant start;

    public RepairOrders(Dealer dealer, Instant now) {
        this.dealer = dealer;
        this.start = now.minus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    public Dealer dealer() {
        return dealer;
    }

    public Order requested(String number, int seq) {
        String station = dealer.stationCodes().get(seq % dealer.stationCodes().size());
        Machine machine = dealer.machines().get(seq % dealer.machines().size());
        Instant requestedAt = start.plusSeconds(10L * seq);
        return new Order(number, requestedAt.plusSeconds(60), station, dealer.stationIds().get(station), machine,
                TYPES[seq % TYPES.length], "REQUESTED", requestedAt, null, null, null, FAULTS[seq % FAULTS.length],
                null, null, null, null, null, 100_000 + seq % 300_000);
    }

    public Order completed(String number, int seq) {
        Order r = requested(number, seq);
        Instant arrivedAt = r.requestedAt().plusSeconds(90 * 60);
        Instant completedAt = arrivedAt.plusSeconds(120 * 60);
        return new Order(number, completedAt.plusSeconds(600), r.stationCode(), r.stationId(), r.machine(), r.type(),
                "COMPLETED", r.requestedAt(), arrivedAt, completedAt, "FIXED", r.faultReported(), "燃油滤清器堵塞，喷油器积碳",
                "更换燃油滤清器，清洗喷油器，试车正常", "FL-1012", new BigDecimal("2.50"), new BigDecimal("1280.00"),
                r.meterReading());
    }

    /** The order as one item of the bulk request. */
    public static void json(StringBuilder b, Order o) {
        b.append("{\"repairOrderNumber\":\"").append(o.number()).append("\",\"updatedAt\":\"").append(o.updatedAt())
                .append("\",\"stationCode\":\"").append(o.stationCode()).append("\",\"customer\":{\"code\":\"")
                .append(o.machine().customerCode()).append("\"},\"equipment\":{\"serialNumber\":\"")
                .append(o.machine().serial()).append("\"},\"type\":\"").append(o.type()).append("\",\"status\":\"")
                .append(o.status()).append("\",\"requestedAt\":\"").append(o.requestedAt()).append('"');
        if (o.arrivedAt() != null) {
            b.append(",\"arrivedAt\":\"").append(o.arrivedAt()).append('"');
        }
        if (o.completedAt() != null) {
            b.append(",\"completedAt\":\"").append(o.completedAt()).append("\",\"outcome\":\"").append(o.outcome())
                    .append('"');
        }
        b.append(",\"faultReported\":\"").append(o.faultReported()).append('"');
        if (o.diagnosis() != null) {
            b.append(",\"diagnosis\":\"").append(o.diagnosis()).append("\",\"workDone\":\"").append(o.workDone())
                    .append('"');
        }
        if (o.partNumber() != null) {
            b.append(",\"parts\":[{\"partNumber\":\"").append(o.partNumber())
                    .append("\",\"quantity\":1,\"billing\":\"PAID\",\"usedPartReturned\":true}]");
        }
        if (o.labourHours() != null) {
            b.append(",\"labourHours\":").append(o.labourHours().toPlainString()).append(",\"cost\":{\"amount\":")
                    .append(o.cost().toPlainString()).append(",\"currency\":\"CNY\"}");
        }
        b.append(",\"meterReading\":").append(o.meterReading()).append(",\"meterUnit\":\"KM\"}");
    }

    /** The columns of the visits row the API stores for an order (RepairOrderService.create). */
    static final String INSERT_VISIT = "INSERT INTO visits (id, customer_id, equipment_id, station_id, dealer_id, type, "
            + "status, source, repair_order_number, fault_reported, diagnosis, work_done, labour_hours, cost_amount, "
            + "cost_currency, outcome, meter_reading, meter_unit, requested_at, arrived_at, completed_at, version, "
            + "created_at, updated_at, dealer_updated_at, details_updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, 'DEALER_SYSTEM', ?, ?, ?, ?, ?, ?, ?, ?, ?, 'KM', ?, ?, ?, 0, ?, ?, ?, ?)";

    /** Binds an order to {@link #INSERT_VISIT}, as the API would have stored it at {@code now}. */
    void bindVisit(PreparedStatement s, Order o, UUID id, Instant now) throws SQLException {
        s.setBytes(1, Ids.bytes(id));
        s.setBytes(2, Ids.bytes(o.machine().customerId()));
        s.setBytes(3, Ids.bytes(o.machine().equipmentId()));
        s.setBytes(4, Ids.bytes(o.stationId()));
        s.setBytes(5, Ids.bytes(dealer.id()));
        s.setString(6, o.type());
        s.setString(7, o.status());
        s.setString(8, o.number());
        s.setString(9, o.faultReported());
        s.setString(10, o.diagnosis());
        s.setString(11, o.workDone());
        s.setBigDecimal(12, o.labourHours());
        s.setBigDecimal(13, o.cost());
        s.setString(14, o.cost() == null ? null : "CNY");
        s.setString(15, o.outcome());
        s.setInt(16, o.meterReading());
        s.setObject(17, Jdbc.utc(o.requestedAt()));
        s.setObject(18, o.arrivedAt() == null ? null : Jdbc.utc(o.arrivedAt()));
        s.setObject(19, o.completedAt() == null ? null : Jdbc.utc(o.completedAt()));
        s.setObject(20, Jdbc.utc(now));
        s.setObject(21, Jdbc.utc(now));
        s.setObject(22, Jdbc.utc(o.updatedAt()));
        s.setObject(23, Jdbc.utc(o.updatedAt()));
    }

}
