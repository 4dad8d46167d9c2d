package io.fieldback.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

/**
 * A Galera certification failure as the driver reports it at commit (error 1213, SQLSTATE 40001, "Deadlock
 * found"), simulated: idempotent units run again, everything else is answered 503 with Retry-After.
 */
class WriteConflictTest {

    private static SQLTransactionRollbackException certificationFailure() {
        return new SQLTransactionRollbackException("Deadlock found when trying to get lock; try restarting transaction",
                "40001", 1213);
    }

    /** The shape a failed commit arrives in: the driver's error suppressed in the transaction manager's. */
    private static RuntimeException failedCommit() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(certificationFailure());
        return new IllegalStateException("commit failed", rollback);
    }

    @Test
    void aWriteConflictAtCommitIsAnswered503WithRetryAfter() {
        Response response = new ProblemMapper().internal(failedCommit());

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("1");
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.type()).endsWith("/write-conflict");
        assertThat(problem.detail()).doesNotContain("Deadlock").doesNotContain("SQL");
    }

    @Test
    void anIdempotentUnitThatLostAConflictRunsAgain() {
        AtomicInteger attempts = new AtomicInteger();
        String result = CertificationRetry.call("test unit", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw failedCommit();
            }
            return "stored";
        });
        assertThat(result).isEqualTo("stored");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void retriesStopAfterThreeAttemptsAndTheConflictReachesTheMapper() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> CertificationRetry.call("test unit", () -> {
            attempts.incrementAndGet();
            throw failedCommit();
        })).satisfies(e -> assertThat(new ProblemMapper().internal(e).getStatus()).isEqualTo(503));
        assertThat(attempts).hasValue(CertificationRetry.ATTEMPTS);
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> CertificationRetry.call("test unit", () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }
}
