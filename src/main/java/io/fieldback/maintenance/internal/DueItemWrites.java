package io.fieldback.maintenance.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.OptimisticLockException;

import io.fieldback.common.InsertText;
import io.fieldback.common.JdbcBatch;
import io.fieldback.common.UuidV7;

/**
 * The nightly pass's writes (and a batch of completed visits'): new items and changed ones as JDBC batches on the transaction's connection (the
 * driver sends a batch of inserts as one multi-row statement), instead of one managed entity each, bound through
 * {@link JdbcBatch}. Updates keep the optimistic version check: an item changed meanwhile (booked, closed, another
 * run) fails the batch, which runs again.
 */
final class DueItemWrites {

    private static final String INSERT = "INSERT INTO maintenance_due_items (id, equipment_id, customer_id, dealer_id, "
            + "station_id, rule_id, sequence_no, date_due, meter_due, meter_unit, meter_due_estimated, due_date, "
            + "due_trigger, state, version, created_at, updated_at) VALUES (UNHEX(?), UNHEX(?), UNHEX(?), UNHEX(?), "
            + "UNHEX(?), UNHEX(?), ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";
    private static final String UPDATE = "UPDATE maintenance_due_items SET rule_id = UNHEX(?), date_due = ?, "
            + "meter_due = ?, meter_unit = ?, meter_due_estimated = ?, due_date = ?, due_trigger = ?, state = ?, "
            + "version = version + 1, updated_at = ? WHERE id = UNHEX(?) AND version = ?";

    /** Every column a completed visit's forecast sets, for items made and perhaps closed in one batch. */
    private static final String ROWS = "INSERT INTO maintenance_due_items (id, equipment_id, customer_id, dealer_id, "
            + "station_id, rule_id, sequence_no, date_due, meter_due, meter_unit, meter_due_estimated, due_date, "
            + "due_trigger, state, closed_by_visit_id, closed_on, version, created_at, updated_at) VALUES ";
    private static final String SERVICED = "UPDATE maintenance_due_items SET station_id = UNHEX(?), rule_id = UNHEX(?), "
            + "date_due = ?, meter_due = ?, meter_unit = ?, meter_due_estimated = ?, due_date = ?, due_trigger = ?, "
            + "state = ?, closed_by_visit_id = UNHEX(?), closed_on = ?, version = version + 1, updated_at = ? "
            + "WHERE id = UNHEX(?) AND version = ?";

    private DueItemWrites() {
    }

    /** New items of a batch of completed visits, closed or not, as multi-row statements of literals. */
    static void insertServiced(List<DueItem> items) {
        Instant now = JdbcBatch.stamp();
        InsertText.insert(ROWS, items, (v, i) -> {
            i.id = i.id == null ? UuidV7.next() : i.id;
            v.add(i.id, i.equipmentId, i.customerId, i.dealerId, i.stationId, i.ruleId, i.sequence, i.dateLimit,
                    i.meterLimit, i.meterUnit, i.meterEstimated, i.dueDate, i.trigger, i.state, i.closedByVisitId,
                    i.closedOn, 0, now, now);
        });
    }

    /** Stored items a batch of completed visits closed or forecast again, with the version check. */
    static void updateServiced(List<DueItem> items) {
        String now = JdbcBatch.timestamp(JdbcBatch.stamp());
        requireAllUpdated(JdbcBatch.run(SERVICED, items, (p, i) -> {
            int next = forecast(p, JdbcBatch.bind(p, 1, i.stationId, i.ruleId), i);
            JdbcBatch.bind(p, next, i.closedByVisitId, i.closedOn, now, i.id, i.version);
        }));
    }

    static void insert(List<DueItem> items) {
        String now = JdbcBatch.timestamp(JdbcBatch.stamp());
        JdbcBatch.run(INSERT, items, (p, i) -> {
            i.id = UuidV7.next();
            int next = JdbcBatch.bind(p, 1, i.id, i.equipmentId, i.customerId, i.dealerId, i.stationId, i.ruleId,
                    i.sequence);
            next = forecast(p, next, i);
            JdbcBatch.bind(p, next, now, now);
        });
    }

    static void update(List<DueItem> items) {
        String now = JdbcBatch.timestamp(JdbcBatch.stamp());
        requireAllUpdated(JdbcBatch.run(UPDATE, items, (p, i) -> {
            int next = forecast(p, JdbcBatch.bind(p, 1, i.ruleId), i);
            JdbcBatch.bind(p, next, now, i.id, i.version);
        }));
    }

    /** date_due .. state: seven columns from {@code at}; the next index. */
    private static int forecast(PreparedStatement p, int at, DueItem i) throws SQLException {
        return JdbcBatch.bind(p, at, i.dateLimit, i.meterLimit, i.meterUnit, i.meterEstimated, i.dueDate, i.trigger,
                i.state);
    }

    private static void requireAllUpdated(int[] counts) {
        for (int n : counts) {
            if (n == 0) {
                throw new OptimisticLockException("a due item changed while the forecast ran");
            }
        }
    }
}
