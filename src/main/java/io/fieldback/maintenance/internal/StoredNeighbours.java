package io.fieldback.maintenance.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.common.JdbcBatch;
import io.fieldback.common.JdbcColumns;
import io.fieldback.visit.VisitCompleted;

/**
 * What the stored readings say about each reading of a batch of completed visits, computed by the database in one
 * statement: the highest reading of the machine up to the visit's day, the lowest after it, and whether the visit's
 * own reading is stored already. The machine's history stays in the database (issue 21: the batch read every
 * machine's whole history, a third of the dealer upsert's samples once each order carried a reading).
 */
final class StoredNeighbours {

    /** One reading visit's neighbours (null: none) and whether its reading is stored. */
    record Neighbours(Integer before, Integer after, boolean stored) {
    }

    private static final String HEAD = "SELECT t.i,"
            + " (SELECT MAX(r.reading) FROM meter_readings r WHERE r.equipment_id = t.e AND r.unit = t.u"
            + " AND r.read_on <= t.d) AS highest_before,"
            + " (SELECT MIN(r.reading) FROM meter_readings r WHERE r.equipment_id = t.e AND r.unit = t.u"
            + " AND r.read_on > t.d) AS lowest_after,"
            + " EXISTS (SELECT 1 FROM meter_readings r WHERE r.visit_id = t.v) AS stored FROM (";
    private static final String FIRST = "SELECT ? i, UNHEX(?) e, ? u, CAST(? AS DATE) d, UNHEX(?) v";
    private static final String NEXT = " UNION ALL SELECT ?, UNHEX(?), ?, CAST(? AS DATE), UNHEX(?)";

    private StoredNeighbours() {
    }

    /** Per visit id, for the visits of the batch that carry a reading; the day is the visit's completion day. */
    static Map<UUID, Neighbours> of(Collection<VisitCompleted> batch, ZoneId zone) {
        List<VisitCompleted> reading = batch.stream().filter(v -> v.meterReading() != null).toList();
        if (reading.isEmpty()) {
            return Map.of();
        }
        StringBuilder sql = new StringBuilder(HEAD).append(FIRST);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < reading.size(); i++) {
            VisitCompleted v = reading.get(i);
            if (i > 0) {
                sql.append(NEXT);
            }
            values.addAll(java.util.Arrays.asList(i, v.equipmentId(), v.meterUnit(), day(v, zone), v.visitId()));
        }
        Map<UUID, Neighbours> found = new HashMap<>();
        JdbcBatch.query(sql.append(") t").toString(), rs -> found.put(reading.get(rs.getInt("i")).visitId(),
                new Neighbours(JdbcColumns.integer(rs, "highest_before"), JdbcColumns.integer(rs, "lowest_after"),
                        rs.getBoolean("stored"))),
                values.toArray());
        return found;
    }

    /** The day a completed visit's reading is taken on (DueService's, for the same visit). */
    static LocalDate day(VisitCompleted visit, ZoneId zone) {
        return visit.completedAt().atZone(zone).toLocalDate();
    }
}
