package io.fieldback.warranty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A part line's approved amount is taken back (not shipped in time, or inspection did not confirm the defect). */
public record PartChargedBack(UUID returnId, UUID claimId, String claimNumber, UUID stationId, UUID dealerId,
        String partNumber, String currency, BigDecimal amount, String reason,
        LocalDate chargedOn) {

    public static final String TOPIC = "warranty.part-charged-back";
}
