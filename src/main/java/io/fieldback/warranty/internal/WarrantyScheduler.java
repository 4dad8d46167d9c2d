package io.fieldback.warranty.internal;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.warranty.WarrantyJobs;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * The monthly settlement and the daily overdue-part sweep. Both are safe when several instances fire at once:
 * the settlement run meets a racing run on each batch row and the unique keys of the lines, and the sweep
 * charges a part under its claim's row lock, only while it is still REQUESTED.
 */
@ApplicationScoped
class WarrantyScheduler implements WarrantyJobs {

    private final SettlementService settlements;
    private final PartReturnService partReturns;

    WarrantyScheduler(SettlementService settlements, PartReturnService partReturns) {
        this.settlements = settlements;
        this.partReturns = partReturns;
    }

    @Scheduled(identity = "warranty-settlement", cron = "${fieldback.warranty.settlement-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void monthly() {
        Log.infof("warranty settlement of %s: %d batches made or added to", settlements.previousMonth(),
                settlePreviousMonth());
    }

    @Scheduled(identity = "warranty-overdue-parts", cron = "${fieldback.warranty.overdue-parts-cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int charged = chargeOverdueParts();
        if (charged > 0) {
            Log.infof("charged back %d warranty parts not shipped in time", charged);
        }
    }

    @Override
    public int settlePreviousMonth() {
        return settlements.runMonth(settlements.previousMonth());
    }

    @Override
    public int chargeOverdueParts() {
        return partReturns.chargeOverdue();
    }
}
