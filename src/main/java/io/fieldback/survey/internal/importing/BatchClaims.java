package io.fieldback.survey.internal.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.JdbcColumns;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.survey.SurveyBatchStatus;
import io.fieldback.survey.internal.SurveyBatch;
import io.fieldback.survey.internal.SurveyConfig;
import io.fieldback.survey.internal.SurveyFileStore;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The lease on a batch, each step in a transaction of its own: a batch is claimed with {@code FOR UPDATE SKIP
 * LOCKED} and a claim token valid until {@code claimed_until}; it is finished, failed or released only while
 * the token is still this worker's.
 */
@ApplicationScoped
class BatchClaims {

    private static final Claim GAVE_UP = new Claim(null, null, null, 0, 0, null, null, null, 0);

    private final SurveyConfig config;
    private final TimeSource time;
    private final SurveyFileStore files;

    BatchClaims(SurveyConfig config, TimeSource time, SurveyFileStore files) {
        this.config = config;
        this.time = time;
        this.files = files;
    }

    /** A waiting batch (or one whose lease ran out), {@code only} that one when given; null when none. */
    Claim claim(UUID only) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Claim claim;
            do {
                claim = tryClaim(only);
            } while (claim == GAVE_UP);
            return claim;
        });
    }

    /** Null when nothing is waiting; GAVE_UP when the batch found was failed for too many attempts. */
    private Claim tryClaim(UUID only) {
        SurveyBatch batch = lockNextWaiting(only);
        if (batch == null) {
            return null;
        }
        Instant now = time.now();
        if (batch.attempts >= config.worker().maxAttempts()) {
            close(batch, SurveyBatchStatus.FAILED, "gave up after " + batch.attempts + " attempts"
                    + (batch.failure == null ? "" : ": " + batch.failure));
            return only == null ? GAVE_UP : null;
        }
        batch.status = SurveyBatchStatus.PROCESSING;
        batch.claimToken = UuidV7.next();
        batch.claimedUntil = now.plus(config.worker().lease());
        batch.attempts++;
        if (batch.startedAt == null) {
            batch.startedAt = now;
        }
        if (batch.attempts > 1) {
            Log.infof("survey batch %s resumed after row %d (attempt %d)", batch.id, batch.checkpointRecords, batch.attempts);
        }
        return new Claim(batch.id, batch.vendorId, batch.claimToken, batch.attempts, batch.questionnaireVersion,
                batch.format, batch.charsetName, batch.storageKey, batch.checkpointRecords);
    }

    private SurveyBatch lockNextWaiting(UUID only) {
        var query = Panache.getEntityManager().createNativeQuery("SELECT id FROM survey_batches"
                + " WHERE status IN ('QUEUED', 'PROCESSING') AND (claimed_until IS NULL OR claimed_until < ?1)"
                + (only == null ? "" : " AND id = ?2") + " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, time.now());
        if (only != null) {
            query.setParameter(2, Binary.bytes(only));
        }
        @SuppressWarnings("unchecked")
        List<Object> ids = query.getResultList();
        return ids.isEmpty() ? null : SurveyBatch.findById(JdbcColumns.uuid(ids.get(0)));
    }

    /** Marks the batch DONE (its rows all stored) and deletes its file when so configured. */
    void finish(Claim claim) {
        boolean done = QuarkusTransaction.requiringNew().call(() -> held(claim, batch -> {
            batch.totalRows = batch.processedRows;
            close(batch, SurveyBatchStatus.DONE, null);
        }));
        if (done) {
            Log.infof("survey batch %s imported", claim.id());
            if (config.deleteFinishedFiles()) {
                files.deleteQuietly(claim.storageKey());
            }
        }
    }

    void fail(Claim claim, String reason) {
        QuarkusTransaction.requiringNew().run(() -> held(claim, batch -> close(batch, SurveyBatchStatus.FAILED,
                cut(reason, 1000))));
    }

    /** Gives the batch back after an error: another run resumes it from its checkpoint after a short pause. */
    void release(Claim claim, String reason) {
        try {
            QuarkusTransaction.requiringNew().run(() -> held(claim, batch -> {
                batch.failure = cut(reason, 1000);
                batch.claimToken = null;
                batch.claimedUntil = time.now().plusSeconds(30);
            }));
        } catch (RuntimeException e) {
            Log.warnf(e, "survey batch %s: could not release the claim; its lease runs out by itself", claim.id());
        }
    }

    /** Applies the change when the claim is still this worker's; whether it was. */
    private static boolean held(Claim claim, Consumer<SurveyBatch> change) {
        SurveyBatch batch = SurveyBatch.findById(claim.id());
        if (!claim.token().equals(batch.claimToken)) {
            return false;
        }
        change.accept(batch);
        return true;
    }

    private void close(SurveyBatch batch, SurveyBatchStatus status, String failure) {
        batch.status = status;
        batch.failure = failure;
        batch.finishedAt = time.now();
        batch.claimToken = null;
        batch.claimedUntil = null;
    }

    static String cut(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
