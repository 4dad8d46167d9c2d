package io.fieldback.survey;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.fieldback.common.ApiException;
import io.fieldback.common.BodyLimitRule;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.followup.QuestionnaireAnswers;
import io.fieldback.security.Caller;
import io.fieldback.security.Roles;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Takes vendor uploads: streams the body to a spool file while hashing and counting it (never holding
 * it in memory), checks it through once, and queues a batch for {@link SurveyImporter}. Reads batches
 * and their rejections with vendor tenancy.
 */
@ApplicationScoped
public class SurveyBatchService {

    private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

    private final SurveyConfig config;
    private final QuestionnaireAnswers questionnaires;
    private final VendorService vendors;
    private final SurveyImporter importer;
    private final Caller caller;
    private final TimeSource time;
    private final SurveyFileStore files;

    public SurveyBatchService(SurveyConfig config, QuestionnaireAnswers questionnaires, VendorService vendors,
            SurveyImporter importer, Caller caller, TimeSource time, SurveyFileStore files) {
        this.config = config;
        this.questionnaires = questionnaires;
        this.vendors = vendors;
        this.importer = importer;
        this.caller = caller;
        this.time = time;
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

    public Accepted upload(String batchId, Integer questionnaireVersion, String contentType, InputStream body) {
        UUID vendorId = requireVendor();
        if (batchId == null || !BATCH_ID.matcher(batchId).matches()) {
            throw ApiException.badRequest("batchId", "required: 1 to 64 letters, digits, '.', '_', ':' or '-'");
        }
        if (questionnaireVersion == null) {
            throw ApiException.badRequest("questionnaireVersion", "required: the questionnaire version the rows answer");
        }
        QuestionnaireAnswers.Form form = questionnaires.form(questionnaireVersion).orElseThrow(
                () -> ApiException.badRequest("questionnaireVersion", "no questionnaire version " + questionnaireVersion));
        SurveyFormat format = format(contentType);
        Charset charset = charset(contentType);

        UUID id = UuidV7.next();
        String key = id + ".upload";
        Path file = spoolDir().resolve(key);
        boolean stored = false;
        boolean keep = false;
        try {
            Spooled spooled = spool(body, file, questionnaireVersion);
            Accepted earlier = earlier(vendorId, batchId, spooled.sha256());
            if (earlier != null) {
                return earlier;
            }
            long rows = SurveyFile.inspect(file, format, charset);
            keepFile(key, file); // before the batch row commits: a queued batch always has its file
            stored = true;
            SurveyBatchView created;
            try {
                created = QuarkusTransaction.requiringNew().call(() -> insert(id, vendorId, batchId, form, format,
                        charset, spooled, key, rows));
            } catch (RuntimeException e) {
                // the same batch id stored meanwhile by a concurrent upload: replay or conflict like above
                Accepted raced = earlier(vendorId, batchId, spooled.sha256());
                if (raced != null) {
                    return raced;
                }
                throw e;
            }
            keep = true;
            if (config.worker().startOnUpload()) {
                importer.startSoon();
            }
            return new Accepted(created, false);
        } finally {
            if (!keep) {
                deleteQuietly(file);
                if (stored) {
                    deleteQuietly(files, key);
                }
            }
        }
    }

    private Accepted earlier(UUID vendorId, String batchId, String sha256) {
        SurveyBatchView existing = QuarkusTransaction.requiringNew().call(() -> SurveyBatch
                .<SurveyBatch>find("vendorId = ?1 and vendorBatchId = ?2", vendorId, batchId).firstResultOptional()
                .map(SurveyBatchView::of).orElse(null));
        if (existing == null) {
            return null;
        }
        if (!existing.contentSha256().equals(sha256)) {
            throw ApiException.conflict("batch '" + batchId + "' was uploaded before with other content (or another "
                    + "questionnaire version); upload changed rows under a new batch id");
        }
        return new Accepted(existing, true);
    }

    private SurveyBatchView insert(UUID id, UUID vendorId, String batchId, QuestionnaireAnswers.Form form,
            SurveyFormat format, Charset charset, Spooled spooled, String storageKey, long rows) {
        SurveyBatch batch = new SurveyBatch();
        batch.id = id;
        batch.vendorId = vendorId;
        batch.vendorBatchId = batchId;
        batch.questionnaireId = form.id();
        batch.questionnaireVersion = form.version();
        batch.format = format;
        batch.charsetName = charset.name();
        batch.contentSha256 = spooled.sha256();
        batch.sizeBytes = spooled.size();
        batch.storageKey = storageKey;
        batch.status = SurveyBatchStatus.QUEUED;
        batch.totalRows = rows;
        batch.uploadedBy = caller.name();
        batch.persistAndFlush();
        return SurveyBatchView.of(batch);
    }

    @Transactional
    public SurveyBatchView get(UUID id) {
        return SurveyBatchView.of(visible(id));
    }

    @Transactional
    public Page<SurveyBatchView> list(UUID vendorId, SurveyBatchStatus status, PageParams paging) {
        UUID confined = confinedTo();
        Filter filter = new Filter().eq("e.vendorId", confined != null ? confined : vendorId).eq("e.status", status);
        if (confined != null && vendorId != null && !vendorId.equals(confined)) {
            return new Page<>(List.of(), null);
        }
        return Keyset.page(SurveyBatch.class, filter, paging, SurveyBatchView::of);
    }

    @Transactional
    public Page<SurveyRejectionView> rejections(UUID batchId, PageParams paging) {
        visible(batchId);
        int size = paging.size();
        List<SurveyRejection> rows = page(batchId, after(paging.cursor), size + 1);
        boolean more = rows.size() > size;
        List<SurveyRejection> shown = more ? rows.subList(0, size) : rows;
        String next = more ? cursor(shown.get(shown.size() - 1)) : null;
        return new Page<>(shown.stream().map(SurveyRejectionView::of).toList(), next);
    }

    /** Checks tenancy now; the returned writer streams every rejection as CSV, a page at a time. */
    public jakarta.ws.rs.core.StreamingOutput rejectionsCsv(UUID batchId) {
        QuarkusTransaction.requiringNew().run(() -> visible(batchId));
        return output -> writeCsv(batchId, output);
    }

    private static void writeCsv(UUID batchId, OutputStream output) throws IOException {
        Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord("line", "row", "rowId", "field", "reason");
        SurveyRejection after = null;
        while (true) {
            SurveyRejection from = after;
            List<SurveyRejection> rows = QuarkusTransaction.requiringNew().call(() -> page(batchId, from, 1000));
            for (SurveyRejection r : rows) {
                printer.printRecord(r.lineNumber, r.recordNumber, r.vendorRowId, r.field, r.reason);
            }
            if (rows.size() < 1000) {
                break;
            }
            after = rows.get(rows.size() - 1);
        }
        printer.flush();
    }

    /** In file order: by line, then in the order the problems were found; keyset on (line, id). */
    private static List<SurveyRejection> page(UUID batchId, SurveyRejection after, int limit) {
        if (after == null) {
            return SurveyRejection.<SurveyRejection>find("batchId = ?1 order by lineNumber, id", batchId)
                    .page(0, limit).list();
        }
        return SurveyRejection.<SurveyRejection>find("batchId = ?1 and (lineNumber > ?2 or (lineNumber = ?2 and id > ?3))"
                + " order by lineNumber, id", batchId, after.lineNumber, after.id).page(0, limit).list();
    }

    private static String cursor(SurveyRejection last) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((last.lineNumber + ":" + last.id).getBytes(StandardCharsets.US_ASCII));
    }

    private static SurveyRejection after(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII).split(":", 2);
            SurveyRejection after = new SurveyRejection();
            after.lineNumber = Long.parseLong(parts[0]);
            after.id = UUID.fromString(parts[1]);
            return after;
        } catch (RuntimeException e) {
            throw ApiException.badRequest("cursor", "not a cursor this API issued");
        }
    }

    private UUID requireVendor() {
        UUID vendorId = caller.vendorId();
        if (vendorId == null || !vendors.exists(vendorId)) {
            throw ApiException.forbidden("this key is not bound to a registered vendor");
        }
        return vendorId;
    }

    private UUID confinedTo() {
        if (caller.isAny(Roles.ADMIN, Roles.ANALYST)) {
            return null;
        }
        UUID own = caller.vendorId();
        return own == null ? new UUID(0, 0) : own;
    }

    private SurveyBatch visible(UUID id) {
        SurveyBatch batch = SurveyBatch.findById(id);
        UUID confined = confinedTo();
        if (batch == null || (confined != null && !confined.equals(batch.vendorId))) {
            throw ApiException.notFound("survey batch " + id);
        }
        return batch;
    }

    private static SurveyFormat format(String contentType) {
        MediaType type = mediaType(contentType);
        String essence = type.getType().toLowerCase(Locale.ROOT) + "/" + type.getSubtype().toLowerCase(Locale.ROOT);
        return switch (essence) {
            case "text/csv", "application/csv" -> SurveyFormat.CSV;
            case "application/json" -> SurveyFormat.JSON;
            default -> throw unsupported("send the file as text/csv or application/json (Content-Type: " + essence + ")");
        };
    }

    private static Charset charset(String contentType) {
        String name = mediaType(contentType).getParameters().get("charset");
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        return switch (name.trim().replace("\"", "").toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "gb18030" -> Charset.forName("GB18030");
            case "gbk", "gb2312", "cp936" -> Charset.forName("GBK");
            default -> throw unsupported("charset '" + name + "' is not supported; use UTF-8, GB18030 or GBK");
        };
    }

    private static MediaType mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw unsupported("a Content-Type is required: text/csv or application/json");
        }
        try {
            return MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            throw unsupported("unreadable Content-Type '" + contentType + "'");
        }
    }

    private static ApiException unsupported(String detail) {
        return new ApiException(415, "unsupported-media-type", "Unsupported media type", detail, null);
    }

    record Spooled(long size, String sha256) {
    }

    /** Copies the body to disk in 64 KiB steps, hashing the version and the bytes, and stops at the cap (413). */
    private Spooled spool(InputStream body, Path target, int version) {
        long max = config.maxUploadBytes();
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update(("questionnaire-version:" + version + "\n").getBytes(StandardCharsets.US_ASCII));
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = read(body, buffer, size)) != -1) {
                size += read;
                if (size > max) {
                    throw new ApiException(413, "payload-too-large", "Payload too large",
                            "survey uploads may be at most " + max + " bytes (fieldback.survey.max-upload-bytes)", null);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (size == 0) {
            throw ApiException.badRequest("body", "the file is empty");
        }
        return new Spooled(size, HexFormat.of().formatHex(digest.digest()));
    }

    private static int read(InputStream body, byte[] buffer, long sofar) {
        try {
            return body.read(buffer);
        } catch (IOException e) {
            // the client went away, or a chunked body passed the cap and Quarkus already answered 413
            throw new ApiException(400, "upload-interrupted", "Upload interrupted",
                    "the upload ended before its last byte (" + sofar + " bytes read)", null);
        }
    }

    Path spoolDir() {
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

    static void deleteQuietly(SurveyFileStore files, String key) {
        try {
            files.delete(key);
        } catch (IOException | RuntimeException e) {
            Log.warnf("survey upload %s could not be deleted (%s); nothing refers to it any more", key, e.toString());
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stray spool file is harmless: nothing refers to it
        }
    }
}
