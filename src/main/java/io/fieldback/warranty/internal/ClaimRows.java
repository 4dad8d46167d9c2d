package io.fieldback.warranty.internal;

import java.time.Instant;
import java.util.List;

import io.fieldback.common.InsertText;
import io.fieldback.common.JdbcBatch;

/**
 * The new claims of a bulk request and their lines, written as multi-row INSERTs ({@link InsertText}) instead of
 * managed entities: a request of 5,000 claims is some 20,000 rows, and Hibernate's per-entity bookkeeping and
 * byte-by-byte binding of their ids cost more than the rules (issue 17's profile), and then the driver's handling of
 * each bound parameter did. The claims stay plain objects; nothing in the request reads them back through the session.
 */
final class ClaimRows {

    private static final String CLAIM = "INSERT INTO warranty_claims (id, dealer_id, station_id, visit_id, "
            + "equipment_id, serial_number, product_series, delivered_on, claim_number, claim_type_id, status, "
            + "repaired_on, failure_date, failure_reading, failure_unit, coverage, coverage_note, currency, "
            + "claimed_total, approved_total, duplicate_of, review_reasons, returned_note, submitted_at, decided_at, "
            + "decided_by, dealer_updated_at, version, created_at, updated_at) VALUES ";

    private static final String LINE = "INSERT INTO warranty_claim_lines (id, claim_id, position, kind, "
            + "operation_code, standard_hours, hours, rate, part_number, quantity, unit_price, causal_part, "
            + "failed_serial, new_serial, cost_kind, description, claimed_amount, approved_amount, decision, "
            + "reason_code, decided_by, decided_at) VALUES ";

    private ClaimRows() {
    }

    /** Inserts the claims (stamped now, version 0, as a persist would) and then their lines. */
    static void insert(List<WarrantyClaim> claims) {
        Instant stamp = JdbcBatch.stamp();
        claims.forEach(c -> {
            c.createdAt = stamp;
            c.updatedAt = stamp;
            c.version = 0;
        });
        InsertText.insert(CLAIM, claims, (v, c) -> v.add(c.id, c.dealerId, c.stationId, c.visitId,
                c.equipmentId, c.serialNumber, c.productSeries, c.deliveredOn, c.claimNumber, c.claimTypeId, c.status,
                c.repairedOn, c.failureDate, c.failureReading, c.failureUnit, c.coverage, c.coverageNote, c.currency,
                c.claimedTotal, c.approvedTotal, c.duplicateOf, c.reviewReasons, c.returnedNote, c.submittedAt,
                c.decidedAt, c.decidedBy, c.dealerUpdatedAt, c.version, c.createdAt, c.updatedAt));
        List<ClaimLine> lines = claims.stream().flatMap(c -> c.lines.stream()).toList();
        InsertText.insert(LINE, lines, (v, l) -> v.add(l.id, l.claim.id, l.position, l.kind,
                l.operationCode, l.standardHours, l.hours, l.rate, l.partNumber, l.quantity, l.unitPrice, l.causalPart,
                l.failedSerial, l.newSerial, l.costKind, l.description, l.claimedAmount, l.approvedAmount, l.decision,
                l.reasonCode, l.decidedBy, l.decidedAt));
    }
}
