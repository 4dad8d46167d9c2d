package io.fieldback.maintenance.internal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.CertificationRetry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The nightly forecast: every delivered machine's open item is created or brought up to date (new
 * readings move estimated dates, and time moves UPCOMING to DUE to OVERDUE). One transaction per chunk of
 * machines (ForecastPass); the unique (machine, service number) key keeps two instances from creating an item twice.
 */
@ApplicationScoped
class ForecastJob {

    private final ForecastPass pass;
    private final MaintenanceConfig config;

    ForecastJob(ForecastPass pass, MaintenanceConfig config) {
        this.pass = pass;
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
            UUID from = after;
            // two runs at once (the nightly job and an admin's run, or two instances) meet on the same items:
            // one loses a deadlock, a version or a unique key; a chunk recomputes what it writes, so it runs again
            ForecastPass.Chunk chunk = CertificationRetry.call("maintenance forecast batch", ForecastJob::lostToAnotherRun,
                    () -> QuarkusTransaction.requiringNew().call(() -> pass.run(from, config.forecastBatch())));
            if (chunk.machines() == 0) {
                return open;
            }
            open += chunk.open();
            after = chunk.last();
        }
    }

    private static boolean lostToAnotherRun(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException
                    || t instanceof org.hibernate.exception.ConstraintViolationException
                    || t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return CertificationRetry.isConflict(e);
    }
}
