package io.fieldback.warranty.internal;

import java.time.Period;
import java.util.List;
import java.util.UUID;

import io.fieldback.warranty.ClaimStatus;
import io.fieldback.warranty.LineKind;

/**
 * The duplicate rule: another live claim on the same serial with an operation code in common, whose
 * failure lies within the window either side. Flagged for an analyst, never silently paid.
 */
final class Duplicates {

    private Duplicates() {
    }

    static UUID find(WarrantyClaim claim, Period window) {
        List<String> codes = claim.lines.stream().filter(l -> l.kind == LineKind.LABOUR).map(l -> l.operationCode)
                .toList();
        if (codes.isEmpty()) {
            return null;
        }
        return ClaimLine.<ClaimLine>find("select l from ClaimLine l where l.claim.serialNumber = ?1 and l.claim.id <> ?2 "
                + "and l.operationCode in ?3 and l.claim.failureDate between ?4 and ?5 and l.claim.status not in ?6 "
                + "order by l.claim.id", claim.serialNumber, claim.id, codes, claim.failureDate.minus(window),
                claim.failureDate.plus(window), List.of(ClaimStatus.DRAFT, ClaimStatus.REJECTED))
                .firstResultOptional().map(l -> l.claim.id).orElse(null);
    }
}
