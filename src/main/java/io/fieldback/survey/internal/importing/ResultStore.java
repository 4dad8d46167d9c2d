package io.fieldback.survey.internal.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.hibernate.Session;

import io.fieldback.common.BusinessMetrics;
import io.fieldback.common.FieldError;
import io.fieldback.common.JdbcBatch;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.followup.QuestionnaireAnswers;
import io.fieldback.survey.VendorRowsImported;
import io.fieldback.survey.internal.SurveyConfig;
import io.fieldback.survey.internal.rows.Outcome;

/**
 * Writes a chunk's outcome in the caller's transaction with batched native statements: the batch's counters
 * and checkpoint (only while the claim is still this worker's), the accepted rows with their answers, and the
 * rejections. Also reads which row ids earlier chunks of a batch used.
 */
@ApplicationScoped
class ResultStore {

    private final SurveyConfig config;
    private final TimeSource time;
    private final ResultRows results;
    private final Event<VendorRowsImported> imported;
    private UUID lastRejectionId = new UUID(0, 0);

    ResultStore(SurveyConfig config, TimeSource time, ResultRows results, Event<VendorRowsImported> imported) {
        this.config = config;
        this.time = time;
        this.results = results;
        this.imported = imported;
    }

    /** Stores the outcome of a chunk of {@code rows} rows ending at {@code checkpoint}; {@link LostClaim} when taken over. */
    void save(Claim claim, QuestionnaireAnswers.Form form, int rows, long checkpoint, Outcome outcome) {
        session().doWork(c -> {
            Instant now = time.now();
            recordProgress(c, claim, rows, checkpoint, outcome, now);
            results.insert(c, claim.id(), claim.vendorId(), form, outcome.accepted(), now);
            insertRejections(c, claim.id(), outcome.rejected());
        });
        // the figures' read model marks the interview days stale in this same transaction
        imported.fire(new VendorRowsImported(
                outcome.accepted().stream().map(Outcome.Accepted::interviewDate).distinct().toList()));
    }

    private void recordProgress(Connection c, Claim claim, int rows, long checkpoint, Outcome outcome, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE survey_batches SET checkpoint_records = ?,"
                + " processed_rows = processed_rows + ?, accepted_rows = accepted_rows + ?, rejected_rows = rejected_rows + ?,"
                + " claimed_until = ?, version = version + 1, updated_at = ? WHERE id = UNHEX(?) AND claim_token = UNHEX(?)")) {
            JdbcBatch.bind(ps, 1, checkpoint, (long) rows, (long) outcome.accepted().size(),
                    (long) outcome.rejected().size(), now.plus(config.worker().lease()), now, claim.id(), claim.token());
            if (ps.executeUpdate() == 0) {
                throw new LostClaim();
            }
        }
    }

    private void insertRejections(Connection c, UUID batchId, List<Outcome.Rejected> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        List<RejectionRow> all = new ArrayList<>();
        for (Outcome.Rejected row : rows) {
            row.errors().forEach(e -> all.add(new RejectionRow(nextRejectionId(), row, e)));
        }
        JdbcBatch.run(c, "INSERT INTO survey_batch_rejections (id, batch_id, line_number, record_number, vendor_row_id,"
                + " field, reason) VALUES (UNHEX(?), UNHEX(?), ?, ?, ?, ?, ?)", all, (ps, r) -> JdbcBatch.bind(ps, 1,
                        r.id(), batchId, r.row().row().line(), r.row().row().record(), r.row().rowId(),
                        BatchClaims.cut(r.error().field(), 100), BatchClaims.cut(r.error().message(), 1000)));
        BusinessMetrics.count(BusinessMetrics.IMPORT_ROWS, rows.size(), "result", "rejected");
    }

    private record RejectionRow(UUID id, Outcome.Rejected row, FieldError error) {
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

    /** Row ids of this batch already stored or rejected by earlier chunks. */
    Set<String> earlierRowIds(UUID batchId, Set<String> rowIds) {
        if (rowIds.isEmpty()) {
            return Set.of();
        }
        String in = JdbcBatch.marks(rowIds.size());
        return session().doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT vendor_row_id FROM survey_results WHERE batch_id = UNHEX(?)"
                    + " AND vendor_row_id IN (" + in + ") UNION SELECT vendor_row_id FROM survey_batch_rejections"
                    + " WHERE batch_id = UNHEX(?) AND vendor_row_id IN (" + in + ")")) {
                int i = bind(ps, 1, batchId, rowIds);
                bind(ps, i, batchId, rowIds);
                return strings(ps);
            }
        });
    }

    private static int bind(PreparedStatement ps, int from, UUID batchId, Set<String> rowIds) throws SQLException {
        return JdbcBatch.bind(ps, JdbcBatch.bind(ps, from, batchId), rowIds.toArray());
    }

    private static Set<String> strings(PreparedStatement ps) throws SQLException {
        Set<String> found = new HashSet<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    private static Session session() {
        return io.quarkus.hibernate.orm.panache.Panache.getEntityManager().unwrap(Session.class);
    }
}
