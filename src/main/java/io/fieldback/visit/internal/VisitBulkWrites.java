package io.fieldback.visit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.fieldback.common.EventBatch;
import io.fieldback.common.EventRecorder;
import io.fieldback.common.InsertText;
import io.fieldback.common.JdbcBatch;

/**
 * The rows a chunk of repair orders writes, sent as one multi-row statement per table and kind with its values
 * written as literals ({@link InsertText}: the driver's work per bound parameter was most of a batch's cost): new
 * visits, changed visits (INSERT ... ON DUPLICATE KEY UPDATE of rows {@link StoredOrders} locked), their parts and
 * technicians where they changed, the new timeline events, and the domain events announcing the changes of status
 * ({@link EventBatch}).
 */
public final class VisitBulkWrites {

    private final List<Visit> created = new ArrayList<>();
    private final List<Visit> changed = new ArrayList<>();
    private final List<Visit> partsReplaced = new ArrayList<>();
    private final List<Visit> techniciansReplaced = new ArrayList<>();
    private final List<VisitEvent> events = new ArrayList<>();
    private final EventBatch domainEvents;
    // as BaseEntity stamps rows Hibernate writes: the row's own bookkeeping, not a business time
    private final Instant now = JdbcBatch.stamp();

    public VisitBulkWrites(EventBatch domainEvents) {
        this.domainEvents = domainEvents;
    }

    /** Where the chunk's status changes are announced: written with its rows, by {@link #write}. */
    public EventRecorder events() {
        return domainEvents;
    }

    public void create(Visit visit, List<VisitEvent> timeline) {
        visit.version = 0;
        visit.createdAt = now;
        visit.updatedAt = now;
        created.add(visit);
        events.addAll(timeline);
    }

    /** A stored visit whose row changed; its parts or technicians too when they differ from those stored. */
    public void change(Visit visit, List<VisitEvent> added, boolean partsDiffer, boolean techniciansDiffer) {
        visit.version++;
        visit.updatedAt = now;
        changed.add(visit);
        if (partsDiffer) {
            partsReplaced.add(visit);
        }
        if (techniciansDiffer) {
            techniciansReplaced.add(visit);
        }
        events.addAll(added);
    }

    public void write(Connection c) throws SQLException {
        String visits = "INSERT INTO visits (" + VisitRows.COLUMNS + ") VALUES ";
        InsertText.insert(c, visits, "", created, VisitRows::write);
        InsertText.insert(c, visits, " ON DUPLICATE KEY UPDATE " + VisitRows.UPDATES, changed, VisitRows::write);
        delete(c, "visit_parts", partsReplaced);
        delete(c, "visit_technicians", techniciansReplaced);
        List<Visit> withParts = new ArrayList<>(created);
        withParts.addAll(partsReplaced);
        InsertText.insert(c, "INSERT INTO visit_parts (visit_id, position, part_number, quantity, billing,"
                + " used_part_returned, source_event_id) VALUES ", "", parts(withParts), (v, p) -> v.add(p.visitId,
                        p.position, p.part.partNumber, p.part.quantity, p.part.billing, p.part.usedPartReturned,
                        p.part.sourceEventId));
        InsertText.insert(c, "INSERT INTO visit_technicians (visit_id, technician_id) VALUES ", "",
                technicians(techniciansReplaced), (v, row) -> v.add(row[0], row[1]));
        InsertText.insert(c, "INSERT INTO visit_events (id, visit_id, type, occurred_at, received_at, author, note,"
                + " outcome, part_number, quantity, billing, attachment_id, technician_ids, technician_id, latitude,"
                + " longitude) VALUES ", "", events, VisitBulkWrites::writeEvent);
        domainEvents.write(c);
    }

    private static void writeEvent(InsertText.Values values, VisitEvent e) {
        values.add(e.id, e.visitId, e.type, e.occurredAt, e.receivedAt, e.author, e.note, e.outcome, e.partNumber,
                e.quantity, e.billing, e.attachmentId, e.technicianIds, e.technicianId, e.latitude, e.longitude);
    }

    private record PartRow(UUID visitId, int position, UsedPart part) {
    }

    private static List<PartRow> parts(List<Visit> visits) {
        List<PartRow> rows = new ArrayList<>();
        for (Visit v : visits) {
            for (int i = 0; i < v.parts.size(); i++) {
                rows.add(new PartRow(v.id, i, v.parts.get(i)));
            }
        }
        return rows;
    }

    private static List<UUID[]> technicians(List<Visit> visits) {
        List<UUID[]> rows = new ArrayList<>();
        visits.forEach(v -> v.technicianIds.forEach(t -> rows.add(new UUID[] {v.id, t})));
        return rows;
    }

    private static void delete(Connection c, String table, List<Visit> visits) throws SQLException {
        if (visits.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE visit_id IN ("
                + JdbcBatch.idMarks(visits.size()) + ")")) {
            JdbcBatch.bind(ps, 1, visits.stream().map(v -> v.id).toArray());
            ps.executeUpdate();
        }
    }
}
