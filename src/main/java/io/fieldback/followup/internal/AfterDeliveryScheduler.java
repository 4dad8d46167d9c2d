package io.fieldback.followup.internal;

import io.fieldback.followup.*;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.TimeSource;
import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.EquipmentView;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Schedules the after-delivery call of every machine whose call has fallen due (its delivery date plus
 * {@code fieldback.followup.after-delivery.delay}), within the look-back. One call per machine, whatever the
 * number of instances: the planner serialises per customer and checks for the machine's call first.
 */
@ApplicationScoped
public class AfterDeliveryScheduler {

    private static final int BATCH = 200;

    private final EquipmentService equipment;
    private final CallPlanner planner;
    private final FollowUpConfig config;
    private final TimeSource time;

    public AfterDeliveryScheduler(EquipmentService equipment, CallPlanner planner, FollowUpConfig config,
            TimeSource time) {
        this.equipment = equipment;
        this.planner = planner;
        this.config = config;
        this.time = time;
    }

    @Scheduled(identity = "followup-after-delivery", every = "${fieldback.followup.after-delivery.every:1h}",
            delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int created = runOnce();
        if (created > 0) {
            Log.infof("scheduled %d after-delivery calls", created);
        }
    }

    /** Creates the calls now due and not yet made, one transaction per machine; returns how many. */
    public int runOnce() {
        ZonedDateTime now = time.now().atZone(config.timeZone());
        // due when delivery day + delay has begun: the latest delivery date whose call is due today or before
        LocalDate lastDue = now.minus(config.afterDelivery().delay()).toLocalDate();
        LocalDate firstDue = now.minus(config.afterDelivery().delay()).minus(config.afterDelivery().lookback())
                .toLocalDate();
        int created = 0;
        UUID after = null;
        List<EquipmentView> batch;
        do {
            batch = equipment.deliveredBetween(firstDue, lastDue, after, BATCH);
            for (EquipmentView unit : batch) {
                created += QuarkusTransaction.requiringNew().call(() -> planner.afterDelivery(unit)) != null ? 1 : 0;
                after = unit.id();
            }
        } while (batch.size() == BATCH);
        return created;
    }
}
