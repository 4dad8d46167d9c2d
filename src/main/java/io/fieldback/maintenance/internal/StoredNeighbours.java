package io.fieldback.maintenance.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.common.JdbcBatch;
import io.fieldback.common.JdbcColumns;
import io.fieldback.visit.MeterUnit;
import io.fieldback.visit.VisitCompleted;

/**
 * What the stored readings say about each reading of a batch of completed visits, computed by the database in one
 * statement: the highest reading of the machine up to the visit's day, the lowest after it, and whether the visit's
 * own reading is stored already. The machine's history stays in the database (issue 21: the batch read every
 * machine's whole history, a third of the dealer upsert's samples once each order carried a reading). A reading
 * reported on its own (the readings API) is checked by the same statement, for one machine and day.
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

    /** A machine's reading on a day, for one visit (null: none). */
    record Probe(UUID machine, MeterUnit unit, LocalDate day, UUID visitId) {
    }

    /** Per visit id, for the visits of the batch that carry a reading; the day is the visit's completion day. */
    static Map<UUID, Neighbours> of(Collection<VisitCompleted> batch, ZoneId zone) {
        List<VisitCompleted> reading = batch.stream().filter(v -> v.meterReading() != null).toList();
        List<Neighbours> found = query(reading.stream()
                .map(v -> new Probe(v.equipmentId(), v.meterUnit(), day(v, zone), v.visitId())).toList());
        Map<UUID, Neighbours> byVisit = new HashMap<>();
        for (int i = 0; i < reading.size(); i++) {
            byVisit.put(reading.get(i).visitId(), found.get(i));
        }
        return byVisit;
    }

    /** The neighbours of a reading of the machine on the day, reported on its own (no visit). */
    static Neighbours of(UUID machine, MeterUnit unit, LocalDate day) {
        return query(List.of(new Probe(machine, unit, day, null))).get(0);
    }

    /** The probes' neighbours, in the probes' order. */
    static List<Neighbours> query(List<Probe> probes) {
        if (probes.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(HEAD).append(FIRST);
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < probes.size(); i++) {
            Probe p = probes.get(i);
            if (i > 0) {
                sql.append(NEXT);
            }
            values.addAll(Arrays.asList(i, p.machine(), p.unit(), p.day(), p.visitId()));
        }
        Neighbours[] found = new Neighbours[probes.size()];
        JdbcBatch.query(sql.append(") t").toString(), rs -> found[rs.getInt("i")] = new Neighbours(
                JdbcColumns.integer(rs, "highest_before"), JdbcColumns.integer(rs, "lowest_after"),
                rs.getBoolean("stored")), values.toArray());
        return Arrays.asList(found);
    }

    /** The day a completed visit's reading is taken on (DueService's, for the same visit). */
    static LocalDate day(VisitCompleted visit, ZoneId zone) {
        return visit.completedAt().atZone(zone).toLocalDate();
    }
}
