package io.fieldback.warranty.internal;

import java.util.Arrays;
import java.util.List;

import io.fieldback.warranty.ClaimTypeView;
import io.fieldback.warranty.ClaimView;
import io.fieldback.warranty.LabourRateView;
import io.fieldback.warranty.OperationCodeView;

/** Entities to the public views; entities never leave the feature. */
final class Views {

    private Views() {
    }

    static OperationCodeView of(OperationCode o) {
        return new OperationCodeView(o.id, o.code, o.productSeries, o.description, o.standardHours, o.active, o.version,
                o.createdAt, o.updatedAt);
    }

    static LabourRateView of(LabourRate r) {
        return new LabourRateView(r.id, r.stationId, r.dealerId, r.validFrom, r.hourlyRate, r.currency, r.active, r.version,
                r.createdAt, r.updatedAt);
    }

    static ClaimTypeView of(ClaimType t) {
        return new ClaimTypeView(t.id, t.code, t.kind, t.name, t.campaignCode, t.active, t.version, t.createdAt,
                t.updatedAt);
    }

    static ClaimView of(WarrantyClaim c, ClaimType type, List<io.fieldback.clock.ClockView> deadlines) {
        List<String> reasons = c.reviewReasons == null ? List.of() : Arrays.asList(c.reviewReasons.split("; "));
        return new ClaimView(c.id, c.claimNumber, c.dealerId, c.stationId, c.visitId, c.equipmentId, c.serialNumber,
                c.productSeries, type.code, type.kind, c.status, c.repairedOn, c.failureDate, c.failureReading,
                c.failureUnit, c.coverage, c.coverageNote, c.currency, c.claimedTotal, c.approvedTotal, c.duplicateOf,
                reasons, c.returnedNote, c.lines.stream().map(Views::of).toList(), c.submittedAt, c.decidedAt,
                c.decidedBy, deadlines, c.version, c.createdAt, c.updatedAt);
    }

    static ClaimView.LineView of(ClaimLine l) {
        return new ClaimView.LineView(l.id, l.position, l.kind, l.operationCode, l.standardHours, l.hours, l.rate,
                l.partNumber, l.quantity, l.unitPrice, l.causalPart, l.failedSerial, l.newSerial, l.costKind,
                l.description, l.claimedAmount, l.approvedAmount, l.decision, l.reasonCode, l.decidedBy, l.decidedAt);
    }
}
