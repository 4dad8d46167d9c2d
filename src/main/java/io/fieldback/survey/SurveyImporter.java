package io.fieldback.survey;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.NoSuchFileException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.hibernate.Session;

import io.fieldback.common.ApiException;
import io.fieldback.common.BusinessMetrics;
import io.fieldback.common.FieldError;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.followup.Answer;
import io.fieldback.followup.QuestionnaireAnswers;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Imports queued batches. Safe with any number of instances and across crashes:
 * <ul>
 * <li>a batch is claimed with {@code FOR UPDATE SKIP LOCKED} and a lease (claim token + claimed_until);</li>
 * <li>each chunk of rows is validated, then stored in ONE transaction together with its rejections, the
 * batch's counters and the checkpoint (rows of the file done) — and only while the claim is still this
 * worker's;</li>
 * <li>after a crash the lease runs out and any instance <b>resumes</b> the batch: it reads past the
 * checkpointed rows and goes on with the next chunk. A chunk interrupted mid-way was rolled back whole,
 * so no row is stored twice or lost; the unique key (batch_id, vendor_row_id) is the second guard.</li>
 * </ul>
 */
@ApplicationScoped
public class SurveyImporter {

    private final SurveyConfig config;
    private final QuestionnaireAnswers questionnaires;
    private final TimeSource time;
    private final SurveyFileStore files;
    private final ExecutorService kicker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "survey-import");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean kicked = new AtomicBoolean();

    /** Test hook: throw inside the transaction of this chunk (0-based, per run), after its rows were written. */
    private volatile int crashInChunk = -1;
    private UUID lastRejectionId = new UUID(0, 0);

    private final Event<VendorRowsImported> imported;

    public SurveyImporter(SurveyConfig config, QuestionnaireAnswers questionnaires, TimeSource time,
            SurveyFileStore files, Event<VendorRowsImported> imported) {
        this.imported = imported;
        this.config = config;
        this.questionnaires = questionnaires;
        this.time = time;
        this.files = files;
    }

    /** Test hook: the next runs "crash" in chunk {@code chunk} (0-based, counted per run); -1 turns it off. */
    void simulateCrashInChunk(int chunk) {
        crashInChunk = chunk;
    }

    /** A simulated crash (tests): leaves the claim held and the chunk rolled back, as a killed process would. */
    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash() {
            super("simulated crash");
        }
    }

    private static final class LostClaim extends RuntimeException {
        LostClaim() {
            super("claim lost", null, false, false);
        }
    }

    record Claim(UUID id, UUID vendorId, UUID token, int attempts, int questionnaireVersion, SurveyFormat format, String charset,
            String storageKey, long checkpoint) {
    }

    @Scheduled(identity = "survey-import", every = "${fieldback.survey.worker.every:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runOnce();
    }

    /** Starts importing on a background thread of this instance (after an upload); at most one run waits. */
    void startSoon() {
        if (kicked.compareAndSet(false, true)) {
            kicker.submit(() -> {
                kicked.set(false);
                try {
                    runOnce();
                } catch (RuntimeException e) {
                    Log.errorf(e, "survey import run failed; the scheduled run retries");
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        kicker.shutdownNow();
    }

    /** The job's body: imports every batch that is waiting (or whose lease ran out). Returns how many it finished. */
    public int runOnce() {
        int finished = 0;
        Claim claim;
        while ((claim = claim(null)) != null) {
            if (process(claim, Integer.MAX_VALUE)) {
                finished++;
            }
        }
        return finished;
    }

    /**
     * Imports one batch, if it is waiting or its lease ran out, for at most {@code maxChunks} chunks; stopping
     * early leaves the claim held, as a crashed instance would. Returns true when the batch was finished.
     */
    public boolean runBatch(UUID id, int maxChunks) {
        Claim claim = claim(id);
        return claim != null && process(claim, maxChunks);
    }

    private Claim claim(UUID only) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Claim claim;
            do {
                claim = tryClaim(only);
            } while (claim == GAVE_UP);
            return claim;
        });
    }

    private static final Claim GAVE_UP = new Claim(null, null, null, 0, 0, null, null, null, 0);

    /** Null when nothing is waiting; GAVE_UP when the batch found was failed for too many attempts. */
    private Claim tryClaim(UUID only) {
        {
            Instant now = time.now();
            var em = Panache.getEntityManager();
            var query = em.createNativeQuery("SELECT id FROM survey_batches WHERE status IN ('QUEUED', 'PROCESSING')"
                    + " AND (claimed_until IS NULL OR claimed_until < ?1)" + (only == null ? "" : " AND id = ?2")
                    + " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED").setParameter(1, now);
            if (only != null) {
                query.setParameter(2, SurveyRows.bytes(only));
            }
            @SuppressWarnings("unchecked")
            List<Object> ids = query.getResultList();
            if (ids.isEmpty()) {
                return null;
            }
            UUID id = SurveyRows.uuid((byte[]) ids.get(0));
            SurveyBatch batch = SurveyBatch.findById(id);
            if (batch.attempts >= config.worker().maxAttempts()) {
                batch.status = SurveyBatchStatus.FAILED;
                batch.failure = "gave up after " + batch.attempts + " attempts" + (batch.failure == null ? "" : ": " + batch.failure);
                batch.finishedAt = now;
                batch.claimToken = null;
                batch.claimedUntil = null;
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
                Log.infof("survey batch %s resumed after row %d (attempt %d)", id, batch.checkpointRecords, batch.attempts);
            }
            return new Claim(id, batch.vendorId, batch.claimToken, batch.attempts, batch.questionnaireVersion, batch.format,
                    batch.charsetName, batch.storageKey, batch.checkpointRecords);
        }
    }

    /** True when the batch was finished (DONE or FAILED) by this call. */
    private boolean process(Claim claim, int maxChunks) {
        QuestionnaireAnswers.Form form = questionnaires.form(claim.questionnaireVersion()).orElseThrow();
        try (SurveyFileStore.Local file = files.fetch(claim.storageKey());
                SurveyFile source = SurveyFile.open(file.file(), claim.format(), Charset.forName(claim.charset()), form)) {
            source.skip(claim.checkpoint());
            long done = claim.checkpoint();
            for (int chunk = 0;; chunk++) {
                if (chunk >= maxChunks) {
                    return false;
                }
                List<SurveyFile.RawRow> rows = new ArrayList<>(config.chunkRows());
                SurveyFile.RawRow row;
                while (rows.size() < config.chunkRows() && (row = source.next()) != null) {
                    rows.add(row);
                }
                if (rows.isEmpty()) {
                    finish(claim);
                    return true;
                }
                done += rows.size();
                long checkpoint = done;
                int index = chunk;
                QuarkusTransaction.requiringNew().run(() -> commitChunk(claim, form, rows, checkpoint, index));
            }
        } catch (SimulatedCrash e) {
            throw e;
        } catch (NoSuchFileException e) {
            fail(claim, "the uploaded file is no longer in storage (fieldback.survey.spool-dir or the object store)");
            return true;
        } catch (LostClaim e) {
            Log.warnf("survey batch %s: lease lost to another instance; it goes on from the last checkpoint", claim.id());
            return false;
        } catch (ApiException e) {
            // the file passed the same checks at upload; it can only have been changed on disk since
            fail(claim, e.getMessage());
            return true;
        } catch (IOException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SimulatedCrash crash) {
                    throw crash;
                }
            }
            Log.errorf(e, "survey batch %s: import interrupted; retried from the last checkpoint", claim.id());
            release(claim, e.toString());
            return false;
        }
    }

    private void commitChunk(Claim claim, QuestionnaireAnswers.Form form, List<SurveyFile.RawRow> rows, long checkpoint,
            int index) {
        Panache.getEntityManager().unwrap(Session.class).doWork(c -> {
            // a day of tolerance: vendors date interviews in their own time zone (China is UTC+8)
            LocalDate today = LocalDate.ofInstant(time.now(), ZoneOffset.UTC).plusDays(1);
            SurveyRows.Outcome outcome = SurveyRows.check(c, claim.id(), rows, questionnaires, form, today);
            Instant now = time.now();
            try (PreparedStatement ps = c.prepareStatement("UPDATE survey_batches SET checkpoint_records = ?,"
                    + " processed_rows = processed_rows + ?, accepted_rows = accepted_rows + ?, rejected_rows = rejected_rows + ?,"
                    + " claimed_until = ?, version = version + 1, updated_at = ? WHERE id = ? AND claim_token = ?")) {
                ps.setLong(1, checkpoint);
                ps.setLong(2, rows.size());
                ps.setLong(3, outcome.accepted().size());
                ps.setLong(4, outcome.rejected().size());
                ps.setObject(5, timestamp(now.plus(config.worker().lease())));
                ps.setObject(6, timestamp(now));
                ps.setBytes(7, SurveyRows.bytes(claim.id()));
                ps.setBytes(8, SurveyRows.bytes(claim.token()));
                if (ps.executeUpdate() == 0) {
                    throw new LostClaim();
                }
            }
            insertResults(c, claim, form, outcome.accepted(), now);
            imported.fire(new VendorRowsImported(
                    outcome.accepted().stream().map(SurveyRows.Accepted::interviewDate).distinct().toList()));
            insertRejections(c, claim, outcome.rejected());
            if (index == crashInChunk) {
                throw new SimulatedCrash();
            }
        });
    }

    private void insertResults(Connection c, Claim claim, QuestionnaireAnswers.Form form, List<SurveyRows.Accepted> rows,
            Instant now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement results = c.prepareStatement("INSERT INTO survey_results (id, batch_id, vendor_id,"
                + " vendor_row_id, line_number, customer_id, equipment_id, visit_id, station_id, dealer_id, relationship,"
                + " importance, region, product_line, questionnaire_id, questionnaire_version, interview_date, method, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement answers = c.prepareStatement("INSERT INTO survey_result_answers (result_id, position,"
                        + " item_code, item_type, bool_value, int_value, text_value, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (SurveyRows.Accepted row : rows) {
                SurveyRows.Target t = row.target();
                int i = 1;
                results.setBytes(i++, SurveyRows.bytes(row.id()));
                results.setBytes(i++, SurveyRows.bytes(claim.id()));
                results.setBytes(i++, SurveyRows.bytes(claim.vendorId()));
                results.setString(i++, row.rowId());
                results.setLong(i++, row.row().line());
                results.setBytes(i++, SurveyRows.bytes(t.customerId()));
                results.setBytes(i++, SurveyRows.bytes(t.equipmentId()));
                results.setBytes(i++, SurveyRows.bytes(t.visitId()));
                results.setBytes(i++, SurveyRows.bytes(t.stationId()));
                results.setBytes(i++, SurveyRows.bytes(t.dealerId()));
                results.setString(i++, t.relationship());
                results.setString(i++, t.importance());
                results.setString(i++, t.region());
                results.setString(i++, questionnaires.productLine(t.productSeries()));
                results.setBytes(i++, SurveyRows.bytes(form.id()));
                results.setInt(i++, form.version());
                results.setObject(i++, row.interviewDate());
                results.setString(i++, row.method().name());
                results.setObject(i++, timestamp(now));
                results.addBatch();
                int position = 0;
                for (Answer a : row.answers()) {
                    answers.setBytes(1, SurveyRows.bytes(row.id()));
                    answers.setInt(2, position++);
                    answers.setString(3, a.itemCode);
                    answers.setString(4, a.itemType.name());
                    setNullable(answers, 5, a.boolValue, Types.BOOLEAN);
                    setNullable(answers, 6, a.intValue, Types.INTEGER);
                    answers.setString(7, a.textValue);
                    answers.setBigDecimal(8, a.score);
                    answers.addBatch();
                }
            }
            results.executeBatch();
            answers.executeBatch();
        }
        BusinessMetrics.count(BusinessMetrics.IMPORT_ROWS, rows.size(), "result", "accepted");
    }

    private static void setNullable(PreparedStatement ps, int index, Object value, int type) throws SQLException {
        if (value == null) {
            ps.setNull(index, type);
        } else {
            ps.setObject(index, value, type);
        }
    }

    private void insertRejections(Connection c, Claim claim, List<SurveyRows.Rejected> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO survey_batch_rejections (id, batch_id, line_number,"
                + " record_number, vendor_row_id, field, reason) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (SurveyRows.Rejected row : rows) {
                for (FieldError e : row.errors()) {
                    ps.setBytes(1, SurveyRows.bytes(nextRejectionId()));
                    ps.setBytes(2, SurveyRows.bytes(claim.id()));
                    ps.setLong(3, row.row().line());
                    ps.setLong(4, row.row().record());
                    ps.setString(5, row.rowId());
                    ps.setString(6, cut(e.field(), 100));
                    ps.setString(7, cut(e.message(), 1000));
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
        BusinessMetrics.count(BusinessMetrics.IMPORT_ROWS, rows.size(), "result", "rejected");
    }

    /** Time-ordered and strictly increasing on this instance, so a row's problems list in the order found. */
    private synchronized UUID nextRejectionId() {
        UUID id = UuidV7.next();
        if (id.compareTo(lastRejectionId) <= 0) {
            id = new UUID(lastRejectionId.getMostSignificantBits(), lastRejectionId.getLeastSignificantBits() + 1);
        }
        lastRejectionId = id;
        return id;
    }

    private void finish(Claim claim) {
        boolean done = QuarkusTransaction.requiringNew().call(() -> {
            SurveyBatch batch = SurveyBatch.findById(claim.id());
            if (!claim.token().equals(batch.claimToken)) {
                return false;
            }
            batch.status = SurveyBatchStatus.DONE;
            batch.totalRows = batch.processedRows;
            batch.finishedAt = time.now();
            batch.claimToken = null;
            batch.claimedUntil = null;
            batch.failure = null;
            return true;
        });
        if (done) {
            Log.infof("survey batch %s imported", claim.id());
            if (config.deleteFinishedFiles()) {
                SurveyBatchService.deleteQuietly(files, claim.storageKey());
            }
        }
    }

    private void fail(Claim claim, String reason) {
        QuarkusTransaction.requiringNew().run(() -> {
            SurveyBatch batch = SurveyBatch.findById(claim.id());
            if (claim.token().equals(batch.claimToken)) {
                batch.status = SurveyBatchStatus.FAILED;
                batch.failure = cut(reason, 1000);
                batch.finishedAt = time.now();
                batch.claimToken = null;
                batch.claimedUntil = null;
            }
        });
    }

    /** Gives the batch back after an error: another run resumes it from its checkpoint after a short pause. */
    private void release(Claim claim, String reason) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                SurveyBatch batch = SurveyBatch.findById(claim.id());
                if (claim.token().equals(batch.claimToken)) {
                    batch.failure = cut(reason, 1000);
                    batch.claimToken = null;
                    batch.claimedUntil = time.now().plusSeconds(30);
                }
            });
        } catch (RuntimeException e) {
            Log.warnf(e, "survey batch %s: could not release the claim; its lease runs out by itself", claim.id());
        }
    }

    /** DATETIME columns hold UTC (hibernate.jdbc.timezone=UTC); a LocalDateTime is written as it is. */
    private static java.time.LocalDateTime timestamp(Instant instant) {
        return java.time.LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
