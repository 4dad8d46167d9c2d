package io.fieldback.maintenance.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.Session;

import io.fieldback.common.UuidV7;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The nightly pass's writes: new items and changed ones as JDBC batches on the transaction's connection (the
 * driver sends a batch of inserts as one multi-row statement), instead of one managed entity each. Ids, dates and
 * times are bound as text: the driver escapes binary values byte by byte and formats each date with a new
 * SimpleDateFormat, which took most of the pass's time. Updates keep the optimistic version check: an item changed
 * meanwhile (booked, closed, another run) fails the batch, which runs again.
 */
final class DueItemWrites {

    private static final String INSERT = "INSERT INTO maintenance_due_items (id, equipment_id, customer_id, dealer_id, "
            + "station_id, rule_id, sequence_no, date_due, meter_due, meter_unit, meter_due_estimated, due_date, "
            + "due_trigger, state, version, created_at, updated_at) VALUES (UNHEX(?), UNHEX(?), UNHEX(?), UNHEX(?), "
            + "UNHEX(?), UNHEX(?), ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";
    private static final String UPDATE = "UPDATE maintenance_due_items SET rule_id = UNHEX(?), date_due = ?, "
            + "meter_due = ?, meter_unit = ?, meter_due_estimated = ?, due_date = ?, due_trigger = ?, state = ?, "
            + "version = version + 1, updated_at = ? WHERE id = UNHEX(?) AND version = ?";

    private DueItemWrites() {
    }

    static void insert(List<DueItem> items) {
        if (items.isEmpty()) {
            return;
        }
        String now = now();
        session().doWork(c -> {
            try (PreparedStatement p = c.prepareStatement(INSERT)) {
                for (DueItem i : items) {
                    i.id = UuidV7.next();
                    hex(p, 1, i.id);
                    hex(p, 2, i.equipmentId);
                    hex(p, 3, i.customerId);
                    hex(p, 4, i.dealerId);
                    hex(p, 5, i.stationId);
                    hex(p, 6, i.ruleId);
                    p.setInt(7, i.sequence);
                    forecast(p, 8, i);
                    p.setString(15, now);
                    p.setString(16, now);
                    p.addBatch();
                }
                p.executeBatch();
            }
        });
    }

    static void update(List<DueItem> items) {
        if (items.isEmpty()) {
            return;
        }
        String now = now();
        session().doWork(c -> {
            try (PreparedStatement p = c.prepareStatement(UPDATE)) {
                for (DueItem i : items) {
                    hex(p, 1, i.ruleId);
                    forecast(p, 2, i);
                    p.setString(9, now);
                    hex(p, 10, i.id);
                    p.setLong(11, i.version);
                    p.addBatch();
                }
                requireAllUpdated(p.executeBatch());
            }
        });
    }

    /** date_due .. state: seven columns from {@code at}. */
    private static void forecast(PreparedStatement p, int at, DueItem i) throws SQLException {
        p.setString(at, text(i.dateLimit));
        p.setObject(at + 1, i.meterLimit, Types.INTEGER);
        p.setString(at + 2, text(i.meterUnit));
        p.setString(at + 3, text(i.meterEstimated));
        p.setString(at + 4, text(i.dueDate));
        p.setString(at + 5, i.trigger.name());
        p.setString(at + 6, i.state.name());
    }

    private static void requireAllUpdated(int[] counts) {
        for (int n : counts) {
            if (n == 0) {
                throw new OptimisticLockException("a due item changed while the forecast ran");
            }
        }
    }

    private static void hex(PreparedStatement p, int at, UUID id) throws SQLException {
        p.setString(at, id == null ? null : id.toString().replace("-", ""));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** As BaseEntity stamps rows: the wall clock to the microsecond, in UTC, as the column's text. */
    private static String now() {
        return LocalDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC).toString()
                .replace('T', ' ');
    }

    private static Session session() {
        return Panache.getEntityManager().unwrap(Session.class);
    }
}
