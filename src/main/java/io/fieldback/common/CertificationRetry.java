package io.fieldback.common;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.quarkus.logging.Log;

/**
 * Runs a transaction again when it lost a write conflict: on a Galera cluster a transaction whose write set
 * conflicts with one committed on another node fails certification at commit with error 1213 (a "deadlock",
 * SQLSTATE 40001); a plain MariaDB answers a true deadlock the same way. The transaction was rolled back
 * whole, so running it again is safe <b>only</b> for a unit that is idempotent and has no effect outside the
 * database (an Idempotency-Key request, a rate-limit bucket, a job step guarded by its claim). Anything else
 * is not retried here: ProblemMapper answers it 503 with Retry-After and the client decides.
 */
public final class CertificationRetry {

    /** Attempts in all (the first one and two retries). */
    public static final int ATTEMPTS = 3;

    private CertificationRetry() {
    }

    public static <T> T call(String unit, Supplier<T> transaction) {
        return call(unit, CertificationRetry::isConflict, transaction);
    }

    /**
     * The same for a unit that may also run again after other losses to a concurrent writer (a version or
     * unique key another run got to first): only for a unit that recomputes everything it writes.
     */
    public static <T> T call(String unit, Predicate<Throwable> lost, Supplier<T> transaction) {
        for (int attempt = 1;; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !lost.test(e)) {
                    throw e;
                }
                Log.infof("%s lost a write conflict (attempt %d of %d); running it again", unit, attempt, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    /** A deadlock or certification failure (1213 / SQLSTATE 40001), anywhere among the causes or suppressed. */
    public static boolean isConflict(Throwable e) {
        return isConflict(e, 0);
    }

    private static boolean isConflict(Throwable e, int depth) {
        for (Throwable t = e; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            for (Throwable suppressed : t.getSuppressed()) {
                if (isConflict(suppressed, depth + 1)) {
                    return true;
                }
            }
            if (t instanceof java.sql.SQLException sql
                    && (sql.getErrorCode() == 1213 || "40001".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** A few tens of milliseconds, jittered, so two conflicting retries do not meet again. */
    private static void pause(int attempt) {
        try {
            Thread.sleep(attempt * 20L + ThreadLocalRandom.current().nextLong(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
