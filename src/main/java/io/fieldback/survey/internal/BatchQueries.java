package io.fieldback.survey.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.fieldback.common.ApiException;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.security.Caller;
import io.fieldback.security.Roles;
import io.fieldback.survey.SurveyBatchStatus;
import io.fieldback.survey.SurveyBatchView;
import io.fieldback.survey.SurveyRejectionView;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads batches and their rejections with vendor tenancy: a vendor sees its own, admins and analysts all. */
@ApplicationScoped
public class BatchQueries {

    private final Caller caller;

    public BatchQueries(Caller caller) {
        this.caller = caller;
    }

    @Transactional
    public SurveyBatchView get(UUID id) {
        return Views.batch(visible(id));
    }

    @Transactional
    public Page<SurveyBatchView> list(UUID vendorId, SurveyBatchStatus status, PageParams paging) {
        UUID confined = confinedTo();
        Filter filter = new Filter().eq("e.vendorId", confined != null ? confined : vendorId).eq("e.status", status);
        if (confined != null && vendorId != null && !vendorId.equals(confined)) {
            return new Page<>(List.of(), null);
        }
        return Keyset.page(SurveyBatch.class, filter, paging, Views::batch);
    }

    @Transactional
    public Page<SurveyRejectionView> rejections(UUID batchId, PageParams paging) {
        visible(batchId);
        int size = paging.size();
        List<SurveyRejection> rows = page(batchId, after(paging.cursor), size + 1);
        boolean more = rows.size() > size;
        List<SurveyRejection> shown = more ? rows.subList(0, size) : rows;
        String next = more ? cursor(shown.get(shown.size() - 1)) : null;
        return new Page<>(shown.stream().map(Views::rejection).toList(), next);
    }

    /** Checks tenancy now; the returned writer streams every rejection as CSV, a page at a time. */
    public StreamingOutput rejectionsCsv(UUID batchId) {
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
}
