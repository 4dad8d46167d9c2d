package io.fieldback.maintenance.internal;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.CertificationRetry;
import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.EquipmentView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The nightly forecast: every delivered machine's open item is created or brought up to date (new
 * readings move estimated dates, and time moves UPCOMING to DUE to OVERDUE). One transaction per batch of
 * machines, whose facts are read at once (ForecastFacts); the unique (machine, service number) key keeps two
 * instances from creating an item twice.
 */
@ApplicationScoped
class ForecastJob {

    private final EquipmentService equipment;
    private final ForecastService forecasts;
    private final MaintenanceConfig config;

    ForecastJob(EquipmentService equipment, ForecastService forecasts, MaintenanceConfig config) {
        this.equipment = equipment;
        this.forecasts = forecasts;
        this.config = config;
    }

    @Scheduled(identity = "maintenance-forecast", cron = "${fieldback.maintenance.forecast-cron:0 30 2 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        runOnce();
    }

    /** Returns how many machines have an open item after the run. */
    int runOnce() {
        UUID after = null;
        int open = 0;
        while (true) {
            List<EquipmentView> batch = equipment.deliveredAfter(after, config.forecastBatch());
            if (batch.isEmpty()) {
                return open;
            }
            // two runs at once (the nightly job and an admin's run, or two instances) meet on the same items:
            // one loses a deadlock, a version or a unique key; a batch recomputes what it writes, so it runs again
            open += CertificationRetry.call("maintenance forecast batch", ForecastJob::lostToAnotherRun,
                    () -> QuarkusTransaction.requiringNew().call(() -> forecastBatch(batch)));
            after = batch.get(batch.size() - 1).id();
        }
    }

    /** One query each for the batch's rules, items, readings and dealers, then each machine from those facts. */
    private int forecastBatch(List<EquipmentView> batch) {
        ForecastFacts facts = forecasts.facts(batch);
        return (int) batch.stream().filter(machine -> forecasts.forecast(machine, facts) != null).count();
    }

    private static boolean lostToAnotherRun(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException
                    || t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return CertificationRetry.isConflict(e);
    }
}
