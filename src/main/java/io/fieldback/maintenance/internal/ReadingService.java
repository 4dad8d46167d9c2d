package io.fieldback.maintenance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.InsertText;
import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.customer.CustomerService;
import io.fieldback.customer.EquipmentService;
import io.fieldback.visit.MeterUnit;

/** Meter readings: a meter never runs backwards, so a reading must fit between its neighbours in time. */
@ApplicationScoped
class ReadingService {

    private final EquipmentService equipment;
    private final CustomerService customers;
    private final ForecastService forecasts;
    private final TimeSource time;

    ReadingService(EquipmentService equipment, CustomerService customers, ForecastService forecasts, TimeSource time) {
        this.equipment = equipment;
        this.customers = customers;
        this.forecasts = forecasts;
        this.time = time;
    }

    @Transactional
    public ReadingView report(UUID equipmentId, ReadingRequest request) {
        visible(equipmentId);
        LocalDate today = forecasts.today();
        LocalDate on = request.readOn() == null ? today : request.readOn();
        if (on.isAfter(today)) {
            throw ApiException.badRequest("readOn", "is in the future");
        }
        // readings of one machine are checked against each other: one writer at a time
        RowLocks.lock("equipment", equipmentId);
        String refusal = refusal(equipmentId, request.unit(), on, request.reading());
        if (refusal != null) {
            throw new ApiException(422, "meter-backwards", "Meter reading out of order", refusal, null);
        }
        MeterReading reading = reading(equipmentId, request.unit(), on, request.reading(), null);
        reading.persist();
        forecasts.forecast(equipmentId);
        return ReadingView.of(reading);
    }

    @Transactional
    public List<ReadingView> list(UUID equipmentId) {
        visible(equipmentId);
        return MeterReading.<MeterReading>list("equipmentId = ?1 order by readOn, reading", equipmentId).stream()
                .map(ReadingView::of).toList();
    }

    /** Why a reading does not fit the machine's history, or null when it does. */
    static String refusal(UUID equipmentId, MeterUnit unit, LocalDate on, int value) {
        StoredNeighbours.Neighbours stored = StoredNeighbours.of(equipmentId, unit, on);
        return refusal(stored.before(), stored.after(), unit, on, value);
    }

    /** The same rule given the highest reading up to the day and the lowest after it (null: none). */
    static String refusal(Integer before, Integer after, MeterUnit unit, LocalDate on, int value) {
        if (before != null && value < before) {
            return "a meter does not run backwards: " + value + " is lower than " + before + " " + unit
                    + " read on or before " + on;
        }
        if (after != null && value > after) {
            return value + " is higher than " + after + " " + unit + " read after " + on;
        }
        return null;
    }

    /** Inserts readings made by {@link #reading} as one multi-row statement, not as managed entities. */
    void insert(List<MeterReading> kept) {
        InsertText.insert("INSERT INTO meter_readings (id, equipment_id, reading, unit, read_on, visit_id, created_at) "
                + "VALUES ", kept, (v, r) -> v.add(r.id, r.equipmentId, r.reading, r.unit, r.readOn, r.visitId,
                        r.createdAt));
    }

    /** A new reading, not stored. */
    MeterReading reading(UUID equipmentId, MeterUnit unit, LocalDate on, int value, UUID visitId) {
        MeterReading reading = new MeterReading();
        reading.id = UuidV7.next();
        reading.equipmentId = equipmentId;
        reading.unit = unit;
        reading.readOn = on;
        reading.reading = value;
        reading.visitId = visitId;
        reading.createdAt = time.now();
        return reading;
    }

    private void visible(UUID equipmentId) {
        UUID owner = equipment.ownerOf(equipmentId);
        if (owner == null || !customers.isVisible(owner)) {
            throw ApiException.notFound("equipment " + equipmentId);
        }
    }
}
