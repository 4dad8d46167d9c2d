package io.fieldback.sync.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.FieldError;
import io.fieldback.customer.CustomerRequest;
import io.fieldback.customer.CustomerService;
import io.fieldback.customer.EquipmentRequest;
import io.fieldback.customer.EquipmentService;
import io.fieldback.region.Regions;
import io.fieldback.station.DealerService;
import io.fieldback.station.StationService;
import io.fieldback.sync.SyncResult;

/**
 * Stations must be the caller's own; customers and equipment are found by code and serial, and
 * registered when unknown if the dealer may do so. Items that cannot be resolved are rejected.
 */
@ApplicationScoped
class RepairOrderResolver {

    /** The ids the valid items' codes and serial numbers stand for. */
    record Resolved(Map<String, UUID> stations, Map<String, UUID> customers,
            Map<String, EquipmentService.Unit> equipment) {
    }

    private final StationService stations;
    private final DealerService dealers;
    private final CustomerService customers;
    private final EquipmentService equipment;
    private final Regions regions;

    RepairOrderResolver(StationService stations, DealerService dealers, CustomerService customers,
            EquipmentService equipment, Regions regions) {
        this.stations = stations;
        this.dealers = dealers;
        this.customers = customers;
        this.equipment = equipment;
        this.regions = regions;
    }

    /** Resolves the valid items in a handful of queries; answers each item that cannot be resolved as rejected. */
    Resolved resolve(UUID dealerId, List<RepairOrder> items, List<Integer> valid, SyncResult.Item[] answers) {
        Set<String> stationCodes = new LinkedHashSet<>();
        Set<String> customerCodes = new LinkedHashSet<>();
        Set<String> serials = new LinkedHashSet<>();
        for (int i : valid) {
            RepairOrder item = items.get(i);
            stationCodes.add(item.stationCode());
            customerCodes.add(item.customer().code());
            if (item.equipment() != null) {
                serials.add(item.equipment().serialNumber());
            }
        }
        Resolved resolved = new Resolved(stations.activeStationIdsByCode(dealerId, stationCodes),
                new HashMap<>(customers.visibleIdsByCode(customerCodes)), new HashMap<>(equipment.bySerialNumbers(serials)));
        boolean mayCreate = dealers.mayCreateCustomers(dealerId);
        customerCodes.removeAll(resolved.customers().keySet());
        // the unknown codes another dealer has: one query for the request, not one per customer to register
        Set<String> taken = mayCreate ? customers.takenCodes(customerCodes) : Set.of();
        for (int i : valid) {
            List<FieldError> errors = resolveItem(items.get(i), resolved, mayCreate, taken);
            if (!errors.isEmpty()) {
                answers[i] = RepairOrderSyncService.rejected(i, items.get(i), errors);
            }
        }
        return resolved;
    }

    /** One item's station, customer and unit, registering the unknown ones; the errors that keep it out. */
    private List<FieldError> resolveItem(RepairOrder item, Resolved resolved, boolean mayCreate, Set<String> taken) {
        List<FieldError> errors = new ArrayList<>();
        if (!resolved.stations().containsKey(item.stationCode())) {
            errors.add(new FieldError("stationCode", "no active station with this code at your dealer"));
        }
        UUID customerId = resolved.customers().get(item.customer().code());
        if (customerId == null && errors.isEmpty()) {
            customerId = register(item.customer(), mayCreate, taken, errors);
            if (customerId != null) {
                resolved.customers().put(item.customer().code(), customerId);
            }
        }
        if (item.equipment() != null && customerId != null && errors.isEmpty()) {
            resolveUnit(item.equipment(), customerId, resolved, mayCreate, errors);
        }
        return errors;
    }

    private void resolveUnit(RepairOrder.EquipmentRef ref, UUID customerId, Resolved resolved, boolean mayCreate,
            List<FieldError> errors) {
        EquipmentService.Unit unit = resolved.equipment().get(ref.serialNumber());
        if (unit == null) {
            unit = register(customerId, ref, mayCreate, errors);
            if (unit != null) {
                resolved.equipment().put(ref.serialNumber(), unit);
            }
        } else if (!unit.customerId().equals(customerId)) {
            errors.add(new FieldError("equipment.serialNumber", "this unit belongs to another customer"));
        }
    }

    private UUID register(RepairOrder.CustomerRef ref, boolean mayCreate, Set<String> taken, List<FieldError> errors) {
        if (!mayCreate) {
            errors.add(new FieldError("customer.code", "unknown customer, and this dealer may not register customers"));
            return null;
        }
        if (ref.name() == null || ref.name().isBlank() || ref.relationship() == null || ref.importance() == null
                || ref.region() == null) {
            errors.add(new FieldError("customer", "unknown customer: give name, relationship, importance and "
                    + "region to register it"));
            return null;
        }
        List<FieldError> placing = new ArrayList<>();
        Regions.Placement placement = regions.check(ref.region(), ref.province(), null, placing);
        if (placement == null) {
            placing.forEach(e -> errors.add(new FieldError("customer." + e.field(), e.message())));
            return null;
        }
        if (taken.contains(ref.code())) {
            // the code exists at another dealer: say it is taken, never whose it is
            errors.add(new FieldError("customer.code", "this customer code is not available"));
            return null;
        }
        return customers.create(new CustomerRequest(ref.code(), ref.name(), ref.relationship(), ref.importance(),
                placement.region(), placement.province(), false, null)).id();
    }

    private EquipmentService.Unit register(UUID customerId, RepairOrder.EquipmentRef ref, boolean mayCreate,
            List<FieldError> errors) {
        if (!mayCreate) {
            errors.add(new FieldError("equipment.serialNumber", "unknown unit, and this dealer may not register equipment"));
            return null;
        }
        if (ref.productSeries() == null || ref.productSeries().isBlank() || ref.application() == null) {
            errors.add(new FieldError("equipment", "unknown unit: give productSeries and application to register it"));
            return null;
        }
        var created = equipment.create(customerId, new EquipmentRequest(ref.serialNumber(), ref.productSeries(),
                ref.application(), ref.deliveryDate(), null, null, null));
        return new EquipmentService.Unit(created.id(), customerId);
    }
}
