package io.fieldback.warranty;

import java.math.BigDecimal;
import java.util.UUID;

/** A settlement run made a station's batch for a month or added lines to it; the totals are the batch's now. */
public record SettlementMade(UUID settlementId, UUID stationId, UUID dealerId, String month, String currency,
        BigDecimal approvedTotal, BigDecimal chargebackTotal, BigDecimal netTotal, int lines) {

    public static final String TOPIC = "warranty.settlement-made";
}
