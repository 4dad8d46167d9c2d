package io.fieldback.warranty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "WarrantyClaim")
public record ClaimView(UUID id, String claimNumber, UUID dealerId, UUID stationId, UUID visitId, UUID equipmentId,
        String serialNumber, String productSeries, String claimTypeCode, ClaimKind claimKind, ClaimStatus status,
        LocalDate repairedOn, LocalDate failureDate, Integer failureReading, ReadingUnit failureUnit,
        Coverage coverage, @Schema(description = "why the claim is covered, or why it is paid anyway") String coverageNote,
        @Schema(example = "CNY") String currency,
        @Schema(description = "sum of the lines' claimed amounts", example = "1530.00") BigDecimal claimedTotal,
        @Schema(description = "sum of the approved amounts once every line is decided") BigDecimal approvedTotal,
        @Schema(description = "an earlier claim on the same serial and operation code within the duplicate window")
        UUID duplicateOf,
        @Schema(description = "why the auto-approval rules sent the claim to the manual queue") List<String> reviewReasons,
        @Schema(description = "what the analyst asked for when returning the claim") String returnedNote,
        List<LineView> lines, Instant submittedAt, Instant decidedAt, String decidedBy,
        @Schema(description = "SUBMISSION (N days after the repair day) and DECISION (M days after a submission to "
                + "the manual queue; stopped while returned for information, new on resubmission)")
        List<io.fieldback.clock.ClockView> deadlines, long version,
        Instant createdAt, Instant updatedAt) implements Versioned {

    @Schema(name = "WarrantyClaimLine")
    public record LineView(UUID id, int position, LineKind kind, String operationCode, BigDecimal standardHours,
            BigDecimal hours, BigDecimal rate, String partNumber, BigDecimal quantity, BigDecimal unitPrice,
            Boolean causalPart, String failedSerial, String newSerial, CostKind costKind, String description,
            BigDecimal claimedAmount, BigDecimal approvedAmount, Decision decision, ReasonCode reasonCode,
            String decidedBy, Instant decidedAt) {
    }
}
