package io.fieldback.sync.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.BusinessMetrics;
import io.fieldback.common.FieldError;
import io.fieldback.security.Caller;
import io.fieldback.sync.SyncResult;
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
    private final RepairOrderCheck checks;
    private final RepairOrderResolver resolver;
    private final RepairOrderService repairOrders;
    private final SyncConfig config;

    RepairOrderSyncService(Caller caller, RepairOrderCheck checks, RepairOrderResolver resolver,
            RepairOrderService repairOrders, SyncConfig config) {
        this.caller = caller;
        this.checks = checks;
        this.resolver = resolver;
        this.repairOrders = repairOrders;
        this.config = config;
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
        List<RepairOrder> items = itemsOf(batch);
        SyncResult.Item[] answers = new SyncResult.Item[items.size()];
        List<Integer> valid = checkEach(items, answers);
        RepairOrderResolver.Resolved resolved = resolver.resolve(dealerId, items, valid, answers);
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

    private static List<RepairOrder> itemsOf(RepairOrderBatch batch) {
        List<RepairOrder> items = batch == null || batch.items() == null ? List.of() : batch.items();
        if (items.isEmpty()) {
            throw ApiException.badRequest("items", "send 1 to " + MAX_ITEMS + " repair orders");
        }
        if (items.size() > MAX_ITEMS) {
            throw ApiException.badRequest("items", "at most " + MAX_ITEMS + " repair orders per request; got "
                    + items.size() + ": split the batch");
        }
        return items;
    }

    /** Checks each item on its own (and against earlier items of the batch); answers the rejected, returns the rest. */
    private List<Integer> checkEach(List<RepairOrder> items, SyncResult.Item[] answers) {
        Map<String, Integer> firstIndex = new HashMap<>();
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            RepairOrder item = items.get(i);
            List<FieldError> errors = checks.check(item);
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
        return valid;
    }

    private static RepairOrderService.Order order(RepairOrder item, RepairOrderResolver.Resolved resolved) {
        return new RepairOrderService.Order(item.repairOrderNumber(), item.updatedAt(),
                resolved.stations().get(item.stationCode()), resolved.customers().get(item.customer().code()),
                item.equipment() == null ? null : resolved.equipment().get(item.equipment().serialNumber()).id(),
                item.type(), VisitStatus.valueOf(item.status().name()), item.requestedAt(), item.arrivedAt(),
                item.completedAt(), item.cancelledAt(), item.cancelReason(), item.outcome(), item.faultReported(),
                item.diagnosis(), item.workDone(), item.parts(), item.labourHours(), item.cost(), item.meterReading(),
                item.meterUnit());
    }

    static SyncResult.Item rejected(int index, RepairOrder item, List<FieldError> errors) {
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
}
