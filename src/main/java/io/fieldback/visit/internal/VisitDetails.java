package io.fieldback.visit.internal;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.ApiException;
import io.fieldback.common.TimeSource;
import io.fieldback.customer.CustomerService;
import io.fieldback.customer.EquipmentService;
import io.fieldback.security.Caller;
import io.fieldback.station.StationService;
import io.fieldback.visit.VisitRequest;
import io.fieldback.visit.VisitStatus;

/** Writes a PUT's details onto a visit, after checking what they refer to. The timeline owns the status. */
@ApplicationScoped
public class VisitDetails {

    private final Caller caller;
    private final TimeSource time;
    private final VisitConfig config;
    private final CustomerService customers;
    private final EquipmentService equipment;
    private final StationService stations;

    VisitDetails(Caller caller, TimeSource time, VisitConfig config, CustomerService customers,
            EquipmentService equipment, StationService stations) {
        this.caller = caller;
        this.time = time;
        this.config = config;
        this.customers = customers;
        this.equipment = equipment;
        this.stations = stations;
    }

    public void apply(Visit visit, VisitRequest request) {
        UUID dealerId = checkReferences(visit, request);
        visit.customerId = request.customerId();
        visit.equipmentId = request.equipmentId();
        visit.stationId = request.stationId();
        visit.dealerId = dealerId;
        visit.type = request.type();
        visit.faultReported = request.faultReported();
        visit.diagnosis = request.diagnosis();
        visit.workDone = request.workDone();
        visit.labourHours = request.labourHours();
        visit.costAmount = request.cost() == null ? null : request.cost().amount();
        visit.costCurrency = request.cost() == null ? null : request.cost().currency();
        if (visit.status != VisitStatus.COMPLETED || request.outcome() != null) {
            visit.outcome = request.outcome();
        }
        visit.meterReading = request.meterReading();
        visit.meterUnit = request.meterUnit();
        if (request.requestedAt() != null) {
            visit.requestedAt = request.requestedAt().truncatedTo(ChronoUnit.MICROS);
        } else if (visit.requestedAt == null) {
            visit.requestedAt = time.now();
        }
        visit.repairOrderNumber = request.repairOrderNumber();
        visit.detailsUpdatedAt = time.now();
        visit.replaceOwnParts(request.parts());
    }

    /** Checks the customer, equipment, station and repair order the request names; answers the station's dealer. */
    private UUID checkReferences(Visit visit, VisitRequest request) {
        if (!customers.isVisible(request.customerId())) {
            throw ApiException.badRequest("customerId", "no customer with this id");
        }
        if (request.equipmentId() != null && !request.customerId().equals(equipment.ownerOf(request.equipmentId()))) {
            throw ApiException.badRequest("equipmentId", "no equipment with this id for this customer");
        }
        UUID dealerId = stations.dealerOf(request.stationId());
        if (dealerId == null || !caller.canSeeStation(request.stationId(), dealerId)) {
            throw ApiException.badRequest("stationId", "no station with this id");
        }
        if (request.requestedAt() != null && request.requestedAt().isAfter(time.now().plus(config.clockTolerance()))) {
            throw ApiException.badRequest("requestedAt", "is in the future");
        }
        if (request.repairOrderNumber() != null && Visit.count("dealerId = ?1 and repairOrderNumber = ?2 and id <> ?3",
                dealerId, request.repairOrderNumber(), visit.id == null ? new UUID(0, 0) : visit.id) > 0) {
            throw ApiException.conflict("repair order " + request.repairOrderNumber() + " already exists for this dealer");
        }
        return dealerId;
    }
}
