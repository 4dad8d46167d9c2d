package io.fieldback.maintenance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.TimeSource;
import io.fieldback.customer.CustomerService;
import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.CustomerView;
import io.fieldback.customer.EquipmentView;
import io.fieldback.customer.MachineDelivery;
import io.fieldback.maintenance.DueState;
import io.fieldback.visit.MeterUnit;
import io.quarkus.logging.Log;

/** Keeps each delivered machine's next service item in step with its rule, services and readings. */
@ApplicationScoped
class ForecastService {

    private final EquipmentService equipment;
    private final CustomerService customers;
    private final MaintenanceConfig config;
    private final TimeSource time;

    ForecastService(EquipmentService equipment, CustomerService customers, MaintenanceConfig config, TimeSource time) {
        this.equipment = equipment;
        this.customers = customers;
        this.config = config;
        this.time = time;
    }

    java.time.ZoneId zone() {
        return config.timeZone();
    }

    LocalDate today() {
        return LocalDate.ofInstant(time.now(), config.timeZone());
    }

    DueWindows windows() {
        return new DueWindows(config.dueDaysBefore(), config.overdueDaysAfter());
    }

    /** The machine's open item, created or brought up to date; null for undelivered machines or series without a rule. */
    @Transactional
    public DueItem forecast(UUID equipmentId) {
        EquipmentView machine = equipment.find(equipmentId);
        return machine == null ? null : forecast(machine);
    }

    @Transactional
    public DueItem forecast(EquipmentView machine) {
        MachineDelivery delivery = delivery(machine);
        return delivery == null ? null : forecast(delivery, facts(List.of(delivery)));
    }

    /** The machine as the forecast reads it (with its owner's dealer); null when it is inactive or not delivered. */
    MachineDelivery delivery(EquipmentView machine) {
        if (!machine.active() || machine.deliveryDate() == null) {
            return null;
        }
        CustomerView owner = customers.find(machine.customerId());
        return new MachineDelivery(machine.id(), machine.customerId(), owner == null ? null : owner.dealerId(),
                machine.productSeries(), machine.deliveryDate());
    }

    /** These machines as the forecast reads them, by id; those inactive or not delivered left out. One query. */
    java.util.Map<UUID, MachineDelivery> deliveries(java.util.Collection<UUID> ids) {
        return equipment.deliveries(ids);
    }

    /** What forecasting these machines reads, loaded at once (the nightly job's batches). */
    ForecastFacts facts(List<MachineDelivery> machines) {
        return ForecastFacts.of(machines);
    }

    /** As {@link #forecast(EquipmentView)}, from facts loaded for a batch that holds this machine. */
    @Transactional
    public DueItem forecast(MachineDelivery machine, ForecastFacts facts) {
        DueItem item = plan(machine, facts);
        if (item != null && item.createdAt == null) {
            item.persist();
        }
        return item;
    }

    /**
     * The machine's open item brought up to date, or a new one (not stored: no createdAt yet); null for series
     * without a rule (undelivered and inactive machines have no MachineDelivery: none). The one rule both the
     * per-machine path and the nightly pass apply.
     */
    DueItem plan(MachineDelivery machine, ForecastFacts facts) {
        MaintenanceRule rule = facts.rule(machine.productSeries());
        if (rule == null) {
            return null;
        }
        DueItem open = facts.open(machine.id());
        if (open != null && open.state == DueState.BOOKED) {
            return open;
        }
        Forecast.Due due = Forecast.next(Forecast.Intervals.of(rule), machine.deliveredOn(),
                lastService(facts, facts.lastClosed(machine.id()), rule), facts.readings(machine.id(), rule.meterUnit),
                dailyUsage(rule.meterUnit));
        if (beyondHorizon(due)) {
            // e.g. a delivery date typed as 9999-12-31 or 0001-01-01: no plan rather than a date no database stores,
            // which would fail the whole network's run
            Log.warnf("machine %s: next service %s is outside the calendar a plan can use; no due item", machine.id(), due.dueDate());
            return open;
        }
        DueItem item = open != null ? open : newItem(machine, facts, due.sequence());
        item.ruleId = rule.id;
        item.apply(due, today(), windows());
        return item;
    }

    /**
     * Whether the database may compute this machine's first item (FirstDueInserts): within dates and intervals where
     * no date it adds can pass the year 9999, which Java's own check (beyondHorizon) handles with a warning.
     */
    boolean firstDueBySql(MaintenanceRule rule, MachineDelivery machine) {
        int year = machine.deliveredOn().getYear();
        Integer months = Forecast.Intervals.of(rule).monthsToFirst();
        return year >= 1900 && year < 2900 && (months == null || months <= 1200);
    }

    /** {@link #beyondHorizon}'s complement in SQL over {@code x}'s due_date, date_due and meter_day. */
    String withinHorizonSql(String today) {
        String horizon = today + " + INTERVAL 100 YEAR";
        return "x.due_date <= " + horizon + " AND (x.date_due IS NULL OR x.date_due <= " + horizon + ") AND "
                + "(x.meter_day IS NULL OR x.meter_day <= " + horizon + " + INTERVAL 1 YEAR)";
    }

    private boolean beyondHorizon(Forecast.Due due) {
        LocalDate horizon = today().plusYears(100);
        return due.dueDate().isAfter(horizon) || due.dueDate().getYear() < 1000 || (due.dateLimit() != null && due.dateLimit().isAfter(horizon))
                || (due.meterEstimated() != null && due.meterEstimated().isAfter(horizon.plusYears(1)));
    }

    private static DueItem newItem(MachineDelivery machine, ForecastFacts facts, int sequence) {
        DueItem item = new DueItem();
        item.equipmentId = machine.id();
        item.customerId = machine.customerId();
        item.dealerId = machine.dealerId();
        DueItem previous = facts.last(machine.id());
        item.stationId = previous == null ? null : previous.stationId;
        item.sequence = sequence;
        return item;
    }

    /** A waived service counts as done on its due point, so the plan moves on from there. */
    private static Forecast.LastService lastService(ForecastFacts facts, DueItem closed, MaintenanceRule rule) {
        if (closed == null) {
            return null;
        }
        if (closed.state == DueState.WAIVED) {
            return new Forecast.LastService(closed.sequence, closed.dueDate, closed.meterLimit);
        }
        Integer meter = rule.meterUnit == null ? null
                : facts.highestUpTo(closed.equipmentId, rule.meterUnit, closed.closedOn);
        return new Forecast.LastService(closed.sequence, closed.closedOn, meter);
    }

    double dailyUsage(MeterUnit unit) {
        return unit == MeterUnit.KM ? config.defaultDailyKm() : config.defaultDailyHours();
    }
}
