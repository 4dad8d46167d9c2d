package io.fieldback.maintenance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.DomainEvents;
import io.fieldback.common.TimeSource;
import io.fieldback.followup.CallPlanner;
import io.fieldback.maintenance.DueState;
import io.fieldback.maintenance.MaintenanceReminderDue;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The reminder ladder: for every open, unbooked item, the latest step it has reached is recorded once
 * (a row keyed by item and step, inserted in the transaction that records the event, so two runs at once
 * record it once). Steps an item jumped over are not sent late. After the last step an item still open
 * becomes a maintenance solicitation call in the agents' queue.
 */
@ApplicationScoped
class ReminderJob {

    private final MaintenanceConfig config;
    private final ForecastService forecasts;
    private final DomainEvents events;
    private final CallPlanner calls;
    private final TimeSource time;

    ReminderJob(MaintenanceConfig config, ForecastService forecasts, DomainEvents events, CallPlanner calls,
            TimeSource time) {
        this.config = config;
        this.forecasts = forecasts;
        this.events = events;
        this.calls = calls;
        this.time = time;
    }

    @Scheduled(identity = "maintenance-reminders", every = "${fieldback.maintenance.reminder-every:1h}", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runOnce();
    }

    /** Returns how many reminders this run recorded. */
    int runOnce() {
        List<Integer> ladder = config.reminderLadder().stream().sorted().toList();
        LocalDate today = forecasts.today();
        List<UUID> candidates = QuarkusTransaction.requiringNew().call(() -> DueItem.<DueItem>list(
                "state in ?1 and dueDate <= ?2", List.of(DueState.UPCOMING, DueState.DUE, DueState.OVERDUE),
                today.minusDays(ladder.get(0))).stream().map(i -> i.id).toList());
        int sent = 0;
        for (UUID id : candidates) {
            sent += QuarkusTransaction.requiringNew().call(() -> remind(id, ladder, today)) ? 1 : 0;
        }
        return sent;
    }

    private boolean remind(UUID id, List<Integer> ladder, LocalDate today) {
        DueItem item = DueItem.findById(id);
        if (item == null || !item.state.open() || item.state == DueState.BOOKED) {
            return false;
        }
        Integer step = reached(ladder, item.dueDate, today);
        if (step == null || !claim(id, label(step))) {
            return false;
        }
        item.state = forecasts.windows().stateOn(item.dueDate, today);
        events.record(MaintenanceReminderDue.TOPIC, item.id, item.dealerId, new MaintenanceReminderDue(item.id,
                item.customerId, item.equipmentId, item.dealerId, item.stationId, label(step), item.dueDate, item.state));
        if (step.equals(ladder.get(ladder.size() - 1)) && item.state == DueState.OVERDUE) {
            calls.maintenanceSolicitation(item.customerId, item.equipmentId, item.stationId, item.dealerId,
                    "maintenance solicitation: service " + item.sequence + " due " + item.dueDate + " (item " + item.id + ")");
        }
        return true;
    }

    /** The latest ladder step this due date has reached today, or null before the first. */
    static Integer reached(List<Integer> ladder, LocalDate dueDate, LocalDate today) {
        Integer reached = null;
        for (int step : ladder) {
            if (!dueDate.plusDays(step).isAfter(today)) {
                reached = step;
            }
        }
        return reached;
    }

    static String label(int step) {
        return (step > 0 ? "+" : "") + step + "d";
    }

    /** True for the one transaction that records this step of this item. */
    private boolean claim(UUID id, String step) {
        return Panache.getEntityManager().createNativeQuery("INSERT IGNORE INTO maintenance_reminders (due_item_id, step, "
                + "sent_at) VALUES (?1, ?2, ?3)").setParameter(1, id).setParameter(2, step).setParameter(3, time.now())
                .executeUpdate() == 1;
    }
}
