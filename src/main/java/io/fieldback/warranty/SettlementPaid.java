package io.fieldback.warranty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A settlement batch was paid; it never changes again. */
public record SettlementPaid(UUID settlementId, UUID stationId, UUID dealerId, String month, String currency,
        BigDecimal netTotal, String paymentReference, Instant paidAt) {

    public static final String TOPIC = "warranty.settlement-paid";
}
