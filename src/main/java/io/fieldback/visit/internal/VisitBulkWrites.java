package io.fieldback.visit.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The rows a chunk of repair orders writes, sent as one JDBC batch per table and kind (multi-row statements
 * with rewriteBatchedStatements): new visits, changed visits (INSERT ... ON DUPLICATE KEY UPDATE of rows
 * {@link StoredOrders} locked), their parts and technicians where they changed, and the new timeline events.
 */
public final class VisitBulkWrites {

    private final List<Visit> created = new ArrayList<>();
    private final List<Visit> changed = new ArrayList<>();
    private final List<Visit> partsReplaced = new ArrayList<>();
    private final List<Visit> techniciansReplaced = new ArrayList<>();
    private final List<VisitEvent> events = new ArrayList<>();
    // as BaseEntity stamps rows Hibernate writes: the row's own bookkeeping, not a business time
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

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
        batch(c, "INSERT INTO visits (" + VisitRows.COLUMNS + ") VALUES (" + VisitRows.MARKS + ")", created,
                VisitRows::bind);
        batch(c, "INSERT INTO visits (" + VisitRows.COLUMNS + ") VALUES (" + VisitRows.MARKS
                + ") ON DUPLICATE KEY UPDATE " + VisitRows.UPDATES, changed, VisitRows::bind);
        delete(c, "visit_parts", partsReplaced);
        delete(c, "visit_technicians", techniciansReplaced);
        List<Visit> withParts = new ArrayList<>(created);
        withParts.addAll(partsReplaced);
        batch(c, "INSERT INTO visit_parts (visit_id, position, part_number, quantity, billing, used_part_returned,"
                + " source_event_id) VALUES (?, ?, ?, ?, ?, ?, ?)", parts(withParts), (ps, row) -> row.bind(ps));
        batch(c, "INSERT INTO visit_technicians (visit_id, technician_id) VALUES (?, ?)",
                technicians(techniciansReplaced), (ps, row) -> Jdbc.bind(ps, 1, row[0], row[1]));
        batch(c, "INSERT INTO visit_events (id, visit_id, type, occurred_at, received_at, author, note, outcome,"
                + " part_number, quantity, billing, attachment_id, technician_ids, technician_id, latitude, longitude)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events, (ps, e) -> Jdbc.bind(ps, 1, e.id,
                        e.visitId, e.type, e.occurredAt, e.receivedAt, e.author, e.note, e.outcome, e.partNumber,
                        e.quantity, e.billing, e.attachmentId, e.technicianIds, e.technicianId, e.latitude,
                        e.longitude));
    }

    private record PartRow(UUID visitId, int position, UsedPart part) {
        void bind(PreparedStatement ps) throws SQLException {
            Jdbc.bind(ps, 1, visitId, position, part.partNumber, part.quantity, part.billing, part.usedPartReturned,
                    part.sourceEventId);
        }
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
                + Jdbc.marks(visits) + ")")) {
            Jdbc.bind(ps, 1, visits.stream().map(v -> v.id).toArray());
            ps.executeUpdate();
        }
    }

    private interface Binder<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    private static <T> void batch(Connection c, String sql, List<T> rows, Binder<T> binder) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (T row : rows) {
                binder.bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
