package io.fieldback.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;

import io.fieldback.common.ApiException;
import io.fieldback.common.BusinessMetrics;
import io.fieldback.common.FieldError;
import io.fieldback.common.FieldPaths;
import io.fieldback.common.TimeSource;
import io.fieldback.customer.CustomerRequest;
import io.fieldback.customer.CustomerService;
import io.fieldback.customer.EquipmentRequest;
import io.fieldback.customer.EquipmentService;
import io.fieldback.region.Regions;
import io.fieldback.security.Caller;
import io.fieldback.station.DealerService;
import io.fieldback.station.StationService;
import io.fieldback.visit.RepairOrderService;
import io.fieldback.visit.VisitStatus;

/**
 * Bulk upsert of a dealer's repair orders. Each item is checked on its own and answered on its own; the
 * valid ones are written together in one transaction, with their stations, customers and equipment
 * resolved in a handful of queries rather than one per item.
 */
@ApplicationScoped
public class RepairOrderSyncService {

    public static final int MAX_ITEMS = 5000;

    private final Caller caller;
    private final Validator validator;
    private final TimeSource time;
    private final StationService stations;
    private final DealerService dealers;
    private final CustomerService customers;
    private final EquipmentService equipment;
    private final RepairOrderService repairOrders;
    private final SyncConfig config;
    private final Regions regions;

    public RepairOrderSyncService(Caller caller, Validator validator, TimeSource time, StationService stations,
            DealerService dealers, CustomerService customers, EquipmentService equipment,
            RepairOrderService repairOrders, SyncConfig config, Regions regions) {
        this.caller = caller;
        this.validator = validator;
        this.time = time;
        this.stations = stations;
        this.dealers = dealers;
        this.customers = customers;
        this.equipment = equipment;
        this.repairOrders = repairOrders;
        this.config = config;
        this.regions = regions;
    }

    /** Bulk bodies may be larger than the general cap. */
    @jakarta.enterprise.inject.Produces
    @jakarta.inject.Singleton
    io.fieldback.common.BodyLimitRule bulkRepairOrders() {
        return new io.fieldback.common.BodyLimitRule(
                java.util.regex.Pattern.compile("^/api/v1/dealer/repair-orders/?$"), config.maxBodyBytes());
    }

    @Transactional
    public SyncResult upsert(RepairOrderBatch batch) {
        UUID dealerId = caller.dealerId();
        if (dealerId == null) {
            throw ApiException.forbidden("repair orders are synced by a dealer's key or token (dealer_id)");
        }
        List<RepairOrder> items = batch == null || batch.items() == null ? List.of() : batch.items();
        if (items.isEmpty()) {
            throw ApiException.badRequest("items", "send 1 to " + MAX_ITEMS + " repair orders");
        }
        if (items.size() > MAX_ITEMS) {
            throw ApiException.badRequest("items", "at most " + MAX_ITEMS + " repair orders per request; got "
                    + items.size() + ": split the batch");
        }
        SyncResult.Item[] answers = new SyncResult.Item[items.size()];
        Map<String, Integer> firstIndex = new HashMap<>();
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            RepairOrder item = items.get(i);
            List<FieldError> errors = check(item);
            if (errors.isEmpty()) {
                Integer first = firstIndex.putIfAbsent(item.repairOrderNumber(), i);
                if (first != null) {
                    errors = List.of(new FieldError("repairOrderNumber",
                            "duplicate of item " + first + " in this request; send each repair order once"));
                }
            }
            if (errors.isEmpty()) {
                valid.add(i);
            } else {
                answers[i] = rejected(i, item, errors);
            }
        }
        Resolved resolved = resolve(dealerId, items, valid, answers);
        List<RepairOrderService.Order> orders = new ArrayList<>();
        List<Integer> orderIndex = new ArrayList<>();
        for (int i : valid) {
            if (answers[i] == null) {
                orders.add(order(items.get(i), resolved));
                orderIndex.add(i);
            }
        }
        List<RepairOrderService.Applied> applied = repairOrders.upsert(dealerId, orders);
        for (int k = 0; k < applied.size(); k++) {
            int i = orderIndex.get(k);
            RepairOrderService.Applied a = applied.get(k);
            answers[i] = new SyncResult.Item(i, items.get(i).repairOrderNumber(),
                    SyncResult.Status.valueOf(a.result().name()), a.visitId(), a.errors(), a.notes());
        }
        return summarize(List.of(answers));
    }

    /** One item's own rules: its fields, and times in an order that can have happened. */
    private List<FieldError> check(RepairOrder item) {
        if (item == null) {
            return List.of(new FieldError("item", "must not be null"));
        }
        List<FieldError> errors = new ArrayList<>(validator.validate(item).stream()
                .map(v -> new FieldError(FieldPaths.of(v), v.getMessage())).sorted((a, b) -> a.field().compareTo(b.field()))
                .toList());
        if (!errors.isEmpty()) {
            return errors;
        }
        Instant latest = time.now().plus(config.clockTolerance());
        before(errors, "updatedAt", item.updatedAt(), latest, "is in the future");
        before(errors, "requestedAt", item.requestedAt(), latest, "is in the future");
        before(errors, "arrivedAt", item.arrivedAt(), latest, "is in the future");
        before(errors, "completedAt", item.completedAt(), latest, "is in the future");
        before(errors, "cancelledAt", item.cancelledAt(), latest, "is in the future");
        after(errors, "arrivedAt", item.arrivedAt(), item.requestedAt(), "is before requestedAt");
        after(errors, "completedAt", item.completedAt(), item.requestedAt(), "is before requestedAt");
        after(errors, "completedAt", item.completedAt(), item.arrivedAt(), "is before arrivedAt");
        after(errors, "cancelledAt", item.cancelledAt(), item.requestedAt(), "is before requestedAt");
        switch (item.status()) {
            case ON_SITE -> require(errors, "arrivedAt", item.arrivedAt(), "an ON_SITE order needs arrivedAt");
            case COMPLETED -> {
                require(errors, "completedAt", item.completedAt(), "a COMPLETED order needs completedAt");
                require(errors, "outcome", item.outcome(), "a COMPLETED order needs its outcome");
            }
            case REQUESTED, CANCELLED -> {
            }
        }
        if (item.status() != RepairOrder.Status.COMPLETED && item.completedAt() != null) {
            errors.add(new FieldError("completedAt", "only a COMPLETED order has a completion time"));
        }
        if ((item.meterReading() == null) != (item.meterUnit() == null)) {
            errors.add(new FieldError("meterUnit", "give meterReading and meterUnit together"));
        }
        return errors;
    }

    private record Resolved(Map<String, UUID> stations, Map<String, UUID> customers,
            Map<String, EquipmentService.Unit> equipment) {
    }

    /**
     * Stations must be the caller's own; customers and equipment are found by code and serial, and
     * registered when unknown if the dealer may do so. Items that cannot be resolved are rejected.
     */
    private Resolved resolve(UUID dealerId, List<RepairOrder> items, List<Integer> valid, SyncResult.Item[] answers) {
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
        Map<String, UUID> stationIds = stations.activeStationIdsByCode(dealerId, stationCodes);
        Map<String, UUID> customerIds = new HashMap<>(customers.visibleIdsByCode(customerCodes));
        Map<String, EquipmentService.Unit> units = new HashMap<>(equipment.bySerialNumbers(serials));
        boolean mayCreate = dealers.mayCreateCustomers(dealerId);
        for (int i : valid) {
            RepairOrder item = items.get(i);
            List<FieldError> errors = new ArrayList<>();
            if (!stationIds.containsKey(item.stationCode())) {
                errors.add(new FieldError("stationCode", "no active station with this code at your dealer"));
            }
            UUID customerId = customerIds.get(item.customer().code());
            if (customerId == null && errors.isEmpty()) {
                customerId = register(item.customer(), mayCreate, errors);
                if (customerId != null) {
                    customerIds.put(item.customer().code(), customerId);
                }
            }
            if (item.equipment() != null && customerId != null && errors.isEmpty()) {
                EquipmentService.Unit unit = units.get(item.equipment().serialNumber());
                if (unit == null) {
                    unit = register(customerId, item.equipment(), mayCreate, errors);
                    if (unit != null) {
                        units.put(item.equipment().serialNumber(), unit);
                    }
                } else if (!unit.customerId().equals(customerId)) {
                    errors.add(new FieldError("equipment.serialNumber", "this unit belongs to another customer"));
                }
            }
            if (!errors.isEmpty()) {
                answers[i] = rejected(i, item, errors);
            }
        }
        return new Resolved(stationIds, customerIds, units);
    }

    private UUID register(RepairOrder.CustomerRef ref, boolean mayCreate, List<FieldError> errors) {
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
        if (customers.isCodeTaken(ref.code())) {
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

    private static RepairOrderService.Order order(RepairOrder item, Resolved resolved) {
        return new RepairOrderService.Order(item.repairOrderNumber(), item.updatedAt(),
                resolved.stations().get(item.stationCode()), resolved.customers().get(item.customer().code()),
                item.equipment() == null ? null : resolved.equipment().get(item.equipment().serialNumber()).id(),
                item.type(), VisitStatus.valueOf(item.status().name()), item.requestedAt(), item.arrivedAt(),
                item.completedAt(), item.cancelledAt(), item.cancelReason(), item.outcome(), item.faultReported(),
                item.diagnosis(), item.workDone(), item.parts(), item.labourHours(), item.cost(), item.meterReading(),
                item.meterUnit());
    }

    private static SyncResult.Item rejected(int index, RepairOrder item, List<FieldError> errors) {
        return new SyncResult.Item(index, item == null ? null : item.repairOrderNumber(), SyncResult.Status.REJECTED,
                null, errors, List.of());
    }

    private static SyncResult summarize(List<SyncResult.Item> items) {
        int[] counts = new int[SyncResult.Status.values().length];
        items.forEach(item -> counts[item.status().ordinal()]++);
        for (SyncResult.Status status : SyncResult.Status.values()) {
            BusinessMetrics.count(BusinessMetrics.REPAIR_ORDERS, counts[status.ordinal()], "status", status.name());
        }
        return new SyncResult(new SyncResult.Summary(counts[0], counts[1], counts[2], counts[3], counts[4]), items);
    }

    private static void require(List<FieldError> errors, String field, Object value, String message) {
        if (value == null) {
            errors.add(new FieldError(field, message));
        }
    }

    private static void before(List<FieldError> errors, String field, Instant value, Instant limit, String message) {
        if (value != null && value.isAfter(limit)) {
            errors.add(new FieldError(field, message));
        }
    }

    private static void after(List<FieldError> errors, String field, Instant value, Instant earliest, String message) {
        if (value != null && earliest != null && value.isBefore(earliest)) {
            errors.add(new FieldError(field, message));
        }
    }
}
