package io.fieldback.visit.internal;

import static io.fieldback.common.JdbcColumns.instant;
import static io.fieldback.common.JdbcColumns.integer;
import static io.fieldback.common.JdbcColumns.named;
import static io.fieldback.common.JdbcColumns.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;

import io.fieldback.common.InsertText;
import io.fieldback.visit.MeterUnit;
import io.fieldback.visit.Outcome;
import io.fieldback.visit.VisitSource;
import io.fieldback.visit.VisitStatus;
import io.fieldback.visit.VisitType;

/** The visits row and a {@link Visit}, column for column, for the bulk path's own reads and writes. */
final class VisitRows {

    static final String COLUMNS = "id, customer_id, equipment_id, station_id, dealer_id, type, status, source,"
            + " repair_order_number, fault_reported, diagnosis, work_done, labour_hours, cost_amount, cost_currency,"
            + " outcome, meter_reading, meter_unit, requested_at, dispatched_at, arrived_at, completed_at,"
            + " cancelled_at, cancel_reason, dealer_updated_at, details_updated_at, version, created_at, updated_at";
    /** What a repair order can change in a stored row (never its id, dealer, number, source or creation). */
    static final String UPDATES = "customer_id = VALUES(customer_id), equipment_id = VALUES(equipment_id),"
            + " station_id = VALUES(station_id), type = VALUES(type), status = VALUES(status),"
            + " fault_reported = VALUES(fault_reported), diagnosis = VALUES(diagnosis), work_done = VALUES(work_done),"
            + " labour_hours = VALUES(labour_hours), cost_amount = VALUES(cost_amount),"
            + " cost_currency = VALUES(cost_currency), outcome = VALUES(outcome), meter_reading = VALUES(meter_reading),"
            + " meter_unit = VALUES(meter_unit), requested_at = VALUES(requested_at),"
            + " dispatched_at = VALUES(dispatched_at), arrived_at = VALUES(arrived_at),"
            + " completed_at = VALUES(completed_at), cancelled_at = VALUES(cancelled_at),"
            + " cancel_reason = VALUES(cancel_reason), dealer_updated_at = VALUES(dealer_updated_at),"
            + " details_updated_at = VALUES(details_updated_at), version = VALUES(version),"
            + " updated_at = VALUES(updated_at)";

    private VisitRows() {
    }

    static Visit read(ResultSet rs) throws SQLException {
        Visit v = new Visit();
        v.id = uuid(rs, "id");
        v.customerId = uuid(rs, "customer_id");
        v.equipmentId = uuid(rs, "equipment_id");
        v.stationId = uuid(rs, "station_id");
        v.dealerId = uuid(rs, "dealer_id");
        v.type = named(rs, "type", VisitType.class);
        v.status = named(rs, "status", VisitStatus.class);
        v.source = named(rs, "source", VisitSource.class);
        v.repairOrderNumber = rs.getString("repair_order_number");
        v.faultReported = rs.getString("fault_reported");
        v.diagnosis = rs.getString("diagnosis");
        v.workDone = rs.getString("work_done");
        v.labourHours = rs.getBigDecimal("labour_hours");
        v.costAmount = rs.getBigDecimal("cost_amount");
        v.costCurrency = rs.getString("cost_currency");
        v.outcome = named(rs, "outcome", Outcome.class);
        v.meterReading = integer(rs, "meter_reading");
        v.meterUnit = named(rs, "meter_unit", MeterUnit.class);
        readTimes(rs, v);
        return v;
    }

    private static void readTimes(ResultSet rs, Visit v) throws SQLException {
        v.requestedAt = instant(rs, "requested_at");
        v.dispatchedAt = instant(rs, "dispatched_at");
        v.arrivedAt = instant(rs, "arrived_at");
        v.completedAt = instant(rs, "completed_at");
        v.cancelledAt = instant(rs, "cancelled_at");
        v.cancelReason = rs.getString("cancel_reason");
        v.dealerUpdatedAt = instant(rs, "dealer_updated_at");
        v.detailsUpdatedAt = instant(rs, "details_updated_at");
        v.version = rs.getLong("version");
        v.createdAt = instant(rs, "created_at");
        v.updatedAt = instant(rs, "updated_at");
    }

    /** Writes the row's values in {@link #COLUMNS} order. */
    static void write(InsertText.Values values, Visit v) {
        values.add(v.id, v.customerId, v.equipmentId, v.stationId, v.dealerId, v.type, v.status, v.source,
                v.repairOrderNumber, v.faultReported, v.diagnosis, v.workDone, v.labourHours, v.costAmount,
                v.costCurrency, v.outcome, v.meterReading, v.meterUnit, v.requestedAt, v.dispatchedAt, v.arrivedAt,
                v.completedAt, v.cancelledAt, v.cancelReason, v.dealerUpdatedAt, v.detailsUpdatedAt, v.version,
                v.createdAt, v.updatedAt);
    }
}
