package io.fieldback.maintenance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.RowLocks;
import io.fieldback.maintenance.DueItemView;
import io.fieldback.maintenance.DueState;
import io.fieldback.maintenance.MaintenancePlans;
import io.fieldback.security.Caller;
import io.fieldback.visit.RepairVisit;
import io.fieldback.visit.RepairVisits;
import io.fieldback.visit.VisitCompleted;
import io.fieldback.visit.VisitType;

/** Due items: the lists stations and the call centre work from, waivers, and closing by a completed visit. */
@ApplicationScoped
class DueService implements MaintenancePlans {

    /** List filters of GET /maintenance/due; the window is on the due date, from inclusive, to exclusive. */
    record Criteria(UUID stationId, UUID dealerId, DueState state, LocalDate from, LocalDate to, UUID equipmentId) {
    }

    private final Caller caller;
    private final ForecastService forecasts;
    private final ReadingService readings;
    private final RepairVisits visits;

    DueService(Caller caller, ForecastService forecasts, ReadingService readings, RepairVisits visits) {
        this.caller = caller;
        this.forecasts = forecasts;
        this.readings = readings;
        this.visits = visits;
    }

    @Transactional
    public Page<DueItemView> list(Criteria c, PageParams paging) {
        Filter filter = new Filter().eq("e.stationId", c.stationId()).eq("e.dealerId", c.dealerId())
                .eq("e.state", c.state()).clause("e.dueDate >= :p", c.from()).clause("e.dueDate < :p", c.to())
                .eq("e.equipmentId", c.equipmentId())
                .eq("e.dealerId", caller.confinedToDealer()).eq("e.stationId", caller.confinedToStation());
        return Keyset.page(DueItem.class, filter, paging, DueItem::view);
    }

    @Transactional
    public DueItemView get(UUID id) {
        return visible(id).view();
    }

    @Transactional
    public DueItemView waive(UUID id, String reason) {
        DueItem item = lockVisible(id);
        if (!item.state.open()) {
            throw ApiException.conflict("a " + item.state + " item cannot be waived");
        }
        if (item.state == DueState.BOOKED) {
            throw ApiException.conflict("the item is booked: cancel appointment " + item.appointmentId + " first");
        }
        item.state = DueState.WAIVED;
        item.waiveReason = reason;
        item.closedOn = forecasts.today();
        DueItem.flush();
        forecasts.forecast(item.equipmentId);
        return item.view();
    }

    /**
     * A batch of completed visits, in order: each one's meter reading joins the machine's history (unless it runs
     * backwards, which a dealer system's typo must not turn into a failed visit), and a maintenance visit closes the
     * open item and forecasts the next. Runs in the transaction that takes the visits' events off the outbox.
     */
    void visitsCompleted(List<VisitCompleted> batch) {
        List<VisitCompleted> completed = withVisitFacts(batch.stream().filter(e -> e.equipmentId() != null).toList());
        BatchReadings batchReadings = BatchReadings.of(completed, readings, forecasts.zone());
        BatchServices services = BatchServices.of(completed, batchReadings, forecasts);
        for (VisitCompleted visit : completed) {
            LocalDate on = StoredNeighbours.day(visit, forecasts.zone());
            batchReadings.record(visit, on);
            if (visit.type() == VisitType.MAINTENANCE) {
                services.serviced(visit, on);
            }
        }
        batchReadings.write();
        services.write();
    }

    /**
     * The events recorded before they carried the visit's type and meter reading get those from their visits,
     * read in one query for the batch; the others are kept as they are.
     */
    private List<VisitCompleted> withVisitFacts(List<VisitCompleted> batch) {
        List<UUID> older = batch.stream().filter(e -> !e.carriesVisitFacts()).map(VisitCompleted::visitId).toList();
        Map<UUID, RepairVisit> read = visits.of(older).stream().collect(Collectors.toMap(RepairVisit::id, v -> v));
        return batch.stream().map(e -> e.carriesVisitFacts() || !read.containsKey(e.visitId()) ? e
                : withVisitFacts(e, read.get(e.visitId()))).toList();
    }

    private static VisitCompleted withVisitFacts(VisitCompleted e, RepairVisit visit) {
        return new VisitCompleted(e.visitId(), e.customerId(), e.equipmentId(), visit.stationId(), e.dealerId(),
                e.completedAt(), e.outcome(), visit.type(), visit.meterReading(), visit.meterUnit(),
                e.repairOrderNumber(), e.from(), e.arrivedAt(), e.changedBy());
    }

    @Override
    @Transactional
    public Optional<DueItemView> find(UUID dueItemId) {
        return Optional.ofNullable(DueItem.<DueItem>findById(dueItemId)).map(DueItem::view);
    }

    @Override
    @Transactional
    public Optional<DueItemView> openItemOf(UUID equipmentId) {
        return Optional.ofNullable(DueItem.openOf(equipmentId)).map(DueItem::view);
    }

    @Override
    @Transactional
    public void markBooked(UUID dueItemId, UUID appointmentId, UUID stationId) {
        DueItem item = RowLocks.lock("maintenance_due_items", dueItemId) ? DueItem.findById(dueItemId) : null;
        if (item == null) {
            throw ApiException.badRequest("dueItemId", "no maintenance due item with this id");
        }
        if (!item.state.open() || (item.state == DueState.BOOKED && !appointmentId.equals(item.appointmentId))) {
            throw ApiException.conflict("maintenance item " + dueItemId + " is " + item.state
                    + (item.appointmentId != null ? " (appointment " + item.appointmentId + ")" : ""));
        }
        item.state = DueState.BOOKED;
        item.appointmentId = appointmentId;
        item.stationId = stationId;
    }

    @Override
    @Transactional
    public void releaseBooking(UUID dueItemId, UUID appointmentId) {
        DueItem item = RowLocks.lock("maintenance_due_items", dueItemId) ? DueItem.findById(dueItemId) : null;
        if (item == null || item.state != DueState.BOOKED || !appointmentId.equals(item.appointmentId)) {
            return;
        }
        item.appointmentId = null;
        item.state = forecasts.windows().stateOn(item.dueDate, forecasts.today());
    }

    @Override
    @Transactional
    public io.fieldback.maintenance.DueFigures figures(UUID stationId, java.time.YearMonth month) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.plusMonths(1).atDay(1);
        long due = DueItem.count("stationId = ?1 and dueDate >= ?2 and dueDate < ?3 and state <> ?4", stationId, from, to,
                DueState.WAIVED);
        long onTime = DueItem.<DueItem>list("stationId = ?1 and dueDate >= ?2 and dueDate < ?3 and state = ?4", stationId,
                from, to, DueState.DONE).stream()
                .filter(i -> !i.closedOn.isAfter(i.dueDate.plusDays(forecasts.windows().overdueDaysAfter()))).count();
        long backlog = DueItem.count("stationId = ?1 and state = ?2", stationId, DueState.OVERDUE);
        return new io.fieldback.maintenance.DueFigures(due, onTime, backlog);
    }

    private DueItem visible(UUID id) {
        DueItem item = DueItem.findById(id);
        if (item == null || !sees(item)) {
            throw ApiException.notFound("maintenance due item " + id);
        }
        return item;
    }

    private DueItem lockVisible(UUID id) {
        RowLocks.lock("maintenance_due_items", id);
        return visible(id);
    }

    private boolean sees(DueItem item) {
        UUID dealer = caller.confinedToDealer();
        UUID station = caller.confinedToStation();
        return (dealer == null || dealer.equals(item.dealerId)) && (station == null || station.equals(item.stationId));
    }
}
