package io.fieldback.survey.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.fieldback.common.ApiException;
import io.fieldback.common.BodyLimitRule;
import io.fieldback.common.UuidV7;
import io.fieldback.followup.QuestionnaireAnswers;
import io.fieldback.security.Caller;
import io.fieldback.survey.SurveyBatchStatus;
import io.fieldback.survey.SurveyBatchView;
import io.fieldback.survey.SurveyFormat;
import io.fieldback.survey.internal.format.FileCheck;
import io.fieldback.survey.internal.format.FileProblem;
import io.fieldback.survey.internal.format.SurveyReaders;
import io.fieldback.survey.internal.importing.SurveyImporter;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The upload edge: takes a vendor's file, streams it to a spool file while hashing and counting it, checks it
 * through once, and queues a batch for {@link SurveyImporter}. The only place where a file's problems become
 * HTTP problems (400, 413, 415) and a reused batch id a 409.
 */
@ApplicationScoped
public class UploadService {

    private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private final SurveyConfig config;
    private final QuestionnaireAnswers questionnaires;
    private final VendorService vendors;
    private final SurveyImporter importer;
    private final Caller caller;
    private final SurveyFileStore files;

    public UploadService(SurveyConfig config, QuestionnaireAnswers questionnaires, VendorService vendors,
            SurveyImporter importer, Caller caller, SurveyFileStore files) {
        this.config = config;
        this.questionnaires = questionnaires;
        this.vendors = vendors;
        this.importer = importer;
        this.caller = caller;
        this.files = files;
    }

    /** Uploads may be as large as the survey cap, not the general body cap (413 from the declared length). */
    @Produces
    @jakarta.inject.Singleton
    BodyLimitRule surveyUploads() {
        return new BodyLimitRule(Pattern.compile("^/api/v1/survey-batches/?$"), config.maxUploadBytes());
    }

    /** The batch, and whether it was there already (a replay of the same batch id and content). */
    public record Accepted(SurveyBatchView batch, boolean replay) {
    }

    /** What an upload is, once its parameters were checked. */
    private record Upload(UUID vendorId, String batchId, QuestionnaireAnswers.Form form, SurveyFormat format,
            Charset charset) {
    }

    public Accepted upload(String batchId, Integer questionnaireVersion, String contentType, InputStream body) {
        Upload upload = check(batchId, questionnaireVersion, contentType);
        UUID id = UuidV7.next();
        String key = id + ".upload";
        Path file = spoolDir().resolve(key);
        boolean stored = false;
        boolean keep = false;
        try {
            Spooler.Spooled spooled = Spooler.spool(body, file, upload.form().version(), config.maxUploadBytes());
            Accepted earlier = earlier(upload, spooled.sha256());
            if (earlier != null) {
                return earlier;
            }
            long rows = rows(file, upload);
            keepFile(key, file); // before the batch row commits: a queued batch always has its file
            stored = true;
            Accepted created = queue(id, upload, spooled, key, rows);
            keep = !created.replay();
            return created;
        } finally {
            if (!keep) {
                Spooler.deleteQuietly(file);
                if (stored) {
                    files.deleteQuietly(key);
                }
            }
        }
    }

    private Upload check(String batchId, Integer questionnaireVersion, String contentType) {
        UUID vendorId = requireVendor();
        if (batchId == null || !BATCH_ID.matcher(batchId).matches()) {
            throw ApiException.badRequest("batchId", "required: 1 to 64 letters, digits, '.', '_', ':' or '-'");
        }
        if (questionnaireVersion == null) {
            throw ApiException.badRequest("questionnaireVersion", "required: the questionnaire version the rows answer");
        }
        QuestionnaireAnswers.Form form = questionnaires.form(questionnaireVersion).orElseThrow(
                () -> ApiException.badRequest("questionnaireVersion", "no questionnaire version " + questionnaireVersion));
        return new Upload(vendorId, batchId, form, ContentTypes.format(contentType), ContentTypes.charset(contentType));
    }

    /** The rows of a readable file; a file's problem as a problem response. */
    private static long rows(Path file, Upload upload) {
        FileCheck check;
        try {
            check = SurveyReaders.inspect(file, upload.format(), upload.charset());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!check.readable()) {
            throw problem(check.problem());
        }
        return check.rows();
    }

    static ApiException problem(FileProblem problem) {
        return switch (problem.kind()) {
            case NOT_TEXT -> ContentTypes.unsupported(problem.detail());
            case MALFORMED -> new ApiException(400, "validation", "Invalid request", problem.detail(), problem.errors());
        };
    }

    /** Inserts the batch and starts its import; a replay when a concurrent upload stored the same batch id meanwhile. */
    private Accepted queue(UUID id, Upload upload, Spooler.Spooled spooled, String key, long rows) {
        SurveyBatchView created;
        try {
            created = QuarkusTransaction.requiringNew().call(() -> insert(id, upload, spooled, key, rows));
        } catch (RuntimeException e) {
            Accepted raced = earlier(upload, spooled.sha256());
            if (raced != null) {
                return raced;
            }
            throw e;
        }
        if (config.worker().startOnUpload()) {
            importer.startSoon();
        }
        return new Accepted(created, false);
    }

    private Accepted earlier(Upload upload, String sha256) {
        SurveyBatchView existing = QuarkusTransaction.requiringNew().call(() -> SurveyBatch
                .<SurveyBatch>find("vendorId = ?1 and vendorBatchId = ?2", upload.vendorId(), upload.batchId())
                .firstResultOptional().map(Views::batch).orElse(null));
        if (existing == null) {
            return null;
        }
        if (!existing.contentSha256().equals(sha256)) {
            throw ApiException.conflict("batch '" + upload.batchId() + "' was uploaded before with other content (or another "
                    + "questionnaire version); upload changed rows under a new batch id");
        }
        return new Accepted(existing, true);
    }

    private SurveyBatchView insert(UUID id, Upload upload, Spooler.Spooled spooled, String storageKey, long rows) {
        SurveyBatch batch = new SurveyBatch();
        batch.id = id;
        batch.vendorId = upload.vendorId();
        batch.vendorBatchId = upload.batchId();
        batch.questionnaireId = upload.form().id();
        batch.questionnaireVersion = upload.form().version();
        batch.format = upload.format();
        batch.charsetName = upload.charset().name();
        batch.contentSha256 = spooled.sha256();
        batch.sizeBytes = spooled.size();
        batch.storageKey = storageKey;
        batch.status = SurveyBatchStatus.QUEUED;
        batch.totalRows = rows;
        batch.uploadedBy = caller.name();
        batch.persistAndFlush();
        return Views.batch(batch);
    }

    private UUID requireVendor() {
        UUID vendorId = caller.vendorId();
        if (vendorId == null || !vendors.exists(vendorId)) {
            throw ApiException.forbidden("this key is not bound to a registered vendor");
        }
        return vendorId;
    }

    private Path spoolDir() {
        try {
            return files.spoolDirectory();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void keepFile(String key, Path file) {
        try {
            files.keep(key, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
