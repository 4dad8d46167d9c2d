package io.fieldback.visit.internal;

import static io.fieldback.common.JdbcColumns.instant;
import static io.fieldback.common.JdbcColumns.named;
import static io.fieldback.common.JdbcColumns.uuid;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.common.JdbcBatch;
import io.fieldback.visit.Billing;
import io.fieldback.visit.Outcome;
import io.fieldback.visit.VisitEventType;

/**
 * A dealer's stored repair orders of one chunk, read set-based: the visits (locked, so nothing changes them
 * between this read and the chunk's write: that is the version check), their parts, technicians and
 * timelines, one query each. The visits are plain objects; {@link VisitBulkWrites} writes them back.
 */
public final class StoredOrders {

    private final Map<String, Visit> byNumber = new HashMap<>();
    private final Map<UUID, Visit> byId = new HashMap<>();
    private final Map<UUID, List<VisitEvent>> timelines = new HashMap<>();

    private StoredOrders() {
    }

    public Visit visit(String repairOrderNumber) {
        return byNumber.get(repairOrderNumber);
    }

    public List<VisitEvent> timeline(UUID visitId) {
        return timelines.getOrDefault(visitId, List.of());
    }

    public static StoredOrders read(Connection c, UUID dealerId, Collection<String> numbers) throws SQLException {
        StoredOrders stored = new StoredOrders();
        if (numbers.isEmpty()) {
            return stored;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT " + VisitRows.COLUMNS + " FROM visits WHERE dealer_id = "
                + JdbcBatch.ID + " AND repair_order_number IN (" + JdbcBatch.marks(numbers.size()) + ") FOR UPDATE")) {
            JdbcBatch.bind(ps, JdbcBatch.bind(ps, 1, dealerId), numbers.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Visit v = VisitRows.read(rs);
                    stored.byNumber.put(v.repairOrderNumber, v);
                    stored.byId.put(v.id, v);
                }
            }
        }
        if (!stored.byId.isEmpty()) {
            stored.readParts(c);
            stored.readTechnicians(c);
            stored.readTimelines(c);
        }
        return stored;
    }

    private void readParts(Connection c) throws SQLException {
        select(c, "SELECT visit_id, part_number, quantity, billing, used_part_returned, source_event_id"
                + " FROM visit_parts WHERE visit_id IN (%s) ORDER BY visit_id, position", rs -> {
                    UsedPart part = new UsedPart();
                    part.partNumber = rs.getString("part_number");
                    part.quantity = rs.getBigDecimal("quantity");
                    part.billing = named(rs, "billing", Billing.class);
                    part.usedPartReturned = rs.getBoolean("used_part_returned");
                    part.sourceEventId = uuid(rs, "source_event_id");
                    byId.get(uuid(rs, "visit_id")).parts.add(part);
                });
    }

    private void readTechnicians(Connection c) throws SQLException {
        select(c, "SELECT visit_id, technician_id FROM visit_technicians WHERE visit_id IN (%s)",
                rs -> byId.get(uuid(rs, "visit_id")).technicianIds.add(uuid(rs, "technician_id")));
    }

    /** The columns the fold reads ({@link Timeline}); the events are never written back. */
    private void readTimelines(Connection c) throws SQLException {
        select(c, "SELECT id, visit_id, type, occurred_at, note, outcome, part_number, quantity, billing,"
                + " technician_ids FROM visit_events WHERE visit_id IN (%s)", rs -> {
                    VisitEvent e = new VisitEvent();
                    e.id = uuid(rs, "id");
                    e.visitId = uuid(rs, "visit_id");
                    e.type = named(rs, "type", VisitEventType.class);
                    e.occurredAt = instant(rs, "occurred_at");
                    e.note = rs.getString("note");
                    e.outcome = named(rs, "outcome", Outcome.class);
                    e.partNumber = rs.getString("part_number");
                    e.quantity = rs.getBigDecimal("quantity");
                    e.billing = named(rs, "billing", Billing.class);
                    e.technicianIds = rs.getString("technician_ids");
                    timelines.computeIfAbsent(e.visitId, k -> new ArrayList<>()).add(e);
                });
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void select(Connection c, String sql, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(String.format(sql, JdbcBatch.idMarks(byId.size())))) {
            JdbcBatch.bind(ps, 1, byId.keySet().toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }
}
