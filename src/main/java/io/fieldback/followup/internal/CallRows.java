package io.fieldback.followup.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import io.fieldback.common.InsertText;
import io.fieldback.common.JdbcBatch;

/**
 * New calls written as rows of one multi-row INSERT ({@link InsertText}), for the calls a batch of completed visits
 * creates. Persisted as entities, their insert was run by the flush before the batch's insights day marks (a native
 * statement): half of the follow-up reader's samples in a profile of the dealer upsert, most of it the driver binding
 * their ids and times (issue 21). The rows are what Hibernate would insert for a new call: version 0, no attempts.
 */
public final class CallRows {

    private static final String INSERT = "INSERT INTO followup_calls (id, version, created_at, updated_at, source,"
            + " purpose, status, ineligible_reason, visit_id, customer_id, equipment_id, station_id, dealer_id,"
            + " relationship, product_line, contact_id, contact_name, phone, window_start, window_end, due_at,"
            + " available_at, attempt_count, counted_attempts, perfunctory, complaint_id, complaint_closure, note,"
            + " created_by, closed_at) VALUES ";

    private CallRows() {
    }

    /** The columns a new call's row names, in order (CallRowsTest holds them against the entity's mapping). */
    static List<String> columns() {
        return List.of(INSERT.substring(INSERT.indexOf('(') + 1, INSERT.indexOf(')')).split(",\\s*"));
    }

    /** Inserts the calls (ids assigned, decided, not persisted) in the current transaction; stamps them as written. */
    public static void insert(List<FollowUp> calls) {
        Instant now = JdbcBatch.stamp();
        calls.forEach(call -> {
            call.createdAt = now;
            call.updatedAt = now;
        });
        InsertText.insert(INSERT, calls, (v, c) -> v.add(c.id, c.version, c.createdAt, c.updatedAt, c.source,
                c.purpose, c.status, c.ineligibleReason, c.visitId, c.customerId, c.equipmentId, c.stationId,
                c.dealerId, c.relationship, c.productLine, c.contactId, c.contactName, c.phone, time(c.windowStart),
                time(c.windowEnd), c.dueAt, c.availableAt, c.attemptCount, c.countedAttempts, c.perfunctory,
                c.complaintId, c.complaintClosure, c.note, c.createdBy, c.closedAt));
    }

    /** A TIME as its ISO text (InsertText has no literal for a LocalTime; the text is digits, colons and a dot). */
    private static String time(LocalTime t) {
        return t == null ? null : t.toString();
    }
}
