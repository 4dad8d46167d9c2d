package io.fieldback.survey.internal.importing;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.NoSuchFileException;
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

import io.fieldback.common.TimeSource;
import io.fieldback.followup.QuestionnaireAnswers;
import io.fieldback.survey.internal.SurveyConfig;
import io.fieldback.survey.internal.SurveyFileStore;
import io.fieldback.survey.internal.format.RawRow;
import io.fieldback.survey.internal.format.SurveyReader;
import io.fieldback.survey.internal.format.SurveyReaders;
import io.fieldback.survey.internal.format.UnreadableFile;
import io.fieldback.survey.internal.rows.ChunkKeys;
import io.fieldback.survey.internal.rows.Outcome;
import io.fieldback.survey.internal.rows.RowValidator;
import io.fieldback.survey.internal.rows.TargetLookup;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Imports queued batches. Safe with any number of instances and across crashes:
 * <ul>
 * <li>a batch is claimed with a lease ({@link BatchClaims});</li>
 * <li>each chunk of rows is validated ({@link RowValidator}), then stored in ONE transaction together with its
 * rejections, the batch's counters and the checkpoint (rows of the file done) — and only while the claim is
 * still this worker's ({@link ResultStore});</li>
 * <li>after a crash the lease runs out and any instance <b>resumes</b> the batch: it reads past the
 * checkpointed rows and goes on with the next chunk. A chunk interrupted mid-way was rolled back whole,
 * so no row is stored twice or lost; the unique key (batch_id, vendor_row_id) is the second guard.</li>
 * </ul>
 * A file that turns out unreadable fails its batch with the reason; other exceptions release the batch for a
 * retry; an {@link Error} ends the run like a crash (the claim is kept until its lease runs out).
 */
@ApplicationScoped
public class SurveyImporter {

    private final SurveyConfig config;
    private final QuestionnaireAnswers questionnaires;
    private final TimeSource time;
    private final SurveyFileStore files;
    private final BatchClaims claims;
    private final ResultStore store;
    private final TargetLookup lookup;
    private final ChunkHook hook;
    private final ExecutorService kicker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "survey-import");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean kicked = new AtomicBoolean();

    SurveyImporter(SurveyConfig config, QuestionnaireAnswers questionnaires, TimeSource time, SurveyFileStore files,
            BatchClaims claims, ResultStore store, TargetLookup lookup, ChunkHook hook) {
        this.config = config;
        this.questionnaires = questionnaires;
        this.time = time;
        this.files = files;
        this.claims = claims;
        this.store = store;
        this.lookup = lookup;
        this.hook = hook;
    }

    @Scheduled(identity = "survey-import", every = "${fieldback.survey.worker.every:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runOnce();
    }

    /** Starts importing on a background thread of this instance (after an upload); at most one run waits. */
    public void startSoon() {
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
        while ((claim = claims.claim(null)) != null) {
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
        Claim claim = claims.claim(id);
        return claim != null && process(claim, maxChunks);
    }

    /** True when the batch was finished (DONE or FAILED) by this call. */
    private boolean process(Claim claim, int maxChunks) {
        try {
            return importChunks(claim, maxChunks);
        } catch (UnreadableFile e) {
            // the file passed the same checks at upload; it can only have been changed since
            claims.fail(claim, e.problem().detail());
            return true;
        } catch (NoSuchFileException e) {
            claims.fail(claim, "the uploaded file is no longer in storage (fieldback.survey.spool-dir or the object store)");
            return true;
        } catch (LostClaim e) {
            Log.warnf("survey batch %s: lease lost to another instance; it goes on from the last checkpoint", claim.id());
            return false;
        } catch (IOException | RuntimeException e) {
            rethrowError(e);
            Log.errorf(e, "survey batch %s: import interrupted; retried from the last checkpoint", claim.id());
            claims.release(claim, e.toString());
            return false;
        }
    }

    private boolean importChunks(Claim claim, int maxChunks) throws IOException {
        QuestionnaireAnswers.Form form = questionnaires.form(claim.questionnaireVersion()).orElseThrow();
        try (SurveyFileStore.Local file = files.fetch(claim.storageKey());
                SurveyReader reader = SurveyReaders.open(file.file(), claim.format(), Charset.forName(claim.charset()), form)) {
            reader.skip(claim.checkpoint());
            for (int chunk = 0; chunk < maxChunks; chunk++) {
                List<RawRow> rows = nextChunk(reader);
                if (rows.isEmpty()) {
                    claims.finish(claim);
                    return true;
                }
                long checkpoint = reader.position();
                int index = chunk;
                QuarkusTransaction.requiringNew().run(() -> commitChunk(claim, form, rows, checkpoint, index));
            }
            return false;
        }
    }

    private List<RawRow> nextChunk(SurveyReader reader) throws IOException {
        List<RawRow> rows = new ArrayList<>(config.chunkRows());
        RawRow row;
        while (rows.size() < config.chunkRows() && (row = reader.next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    private void commitChunk(Claim claim, QuestionnaireAnswers.Form form, List<RawRow> rows, long checkpoint, int index) {
        ChunkKeys keys = ChunkKeys.of(rows);
        var known = lookup.known(keys, store.earlierRowIds(claim.id(), keys.rowIds()));
        // a day of tolerance: vendors date interviews in their own time zone (China is UTC+8)
        LocalDate latest = LocalDate.ofInstant(time.now(), ZoneOffset.UTC).plusDays(1);
        Outcome outcome = new RowValidator(known, latest, answers -> questionnaires.check(form, answers)).check(rows);
        store.save(claim, form, rows.size(), checkpoint, outcome);
        hook.afterChunkWritten(index);
    }

    /** An Error (wrapped by the transaction) is no reason to retry at once: it ends the run as a crash would. */
    private static void rethrowError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Error error) {
                throw error;
            }
        }
    }
}
