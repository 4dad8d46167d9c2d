package io.fieldback.visit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.visit.internal.UsedPart;
import io.fieldback.visit.internal.Visit;

/** The record of a visit as a phone, dealer system or back office sends it; status comes from events. */
@Schema(name = "VisitRequest", example = """
        {"customerId": "01936f6e-5b7a-7c3e-8f00-000000000010", "equipmentId": "01936f6e-5b7a-7c3e-8f00-000000000011",
         "stationId": "01936f6e-5b7a-7c3e-8f00-000000000002", "type": "WARRANTY_REPAIR",
         "faultReported": "发动机启动困难，冒黑烟", "requestedAt": "2026-11-20T01:30:00Z",
         "parts": [{"partNumber": "FL-1012", "quantity": 1, "billing": "WARRANTY", "usedPartReturned": true}],
         "labourHours": 2.5, "cost": {"amount": 860.00, "currency": "CNY"},
         "meterReading": 182000, "meterUnit": "KM"}""")
public record VisitRequest(
        @NotNull UUID customerId,
        UUID equipmentId,
        @NotNull UUID stationId,
        @NotNull VisitType type,
        @Size(max = 2000) String faultReported,
        @Size(max = 2000) String diagnosis,
        @Size(max = 4000) String workDone,
        @Size(max = 100) List<@NotNull @Valid PartRequest> parts,
        @DecimalMin("0") @Digits(integer = 5, fraction = 2) BigDecimal labourHours,
        @Valid Money cost,
        Outcome outcome,
        @PositiveOrZero Integer meterReading,
        MeterUnit meterUnit,
        @Schema(description = "when the customer asked for service; defaults to now") Instant requestedAt,
        @Size(max = 40) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._/-]*$", message = "may contain only letters, digits, '.', '-', '_' and '/'")
        @Schema(description = "the dealer's own repair-order number, unique per dealer") String repairOrderNumber) {

    @JsonIgnore
    @AssertTrue(message = "give meterReading and meterUnit together")
    @Schema(hidden = true)
    public boolean isMeterComplete() {
        return (meterReading == null) == (meterUnit == null);
    }

    /** Whether the visit already holds exactly this record, so a replayed PUT changes nothing. */
    boolean sameAs(Visit v) {
        List<UsedPart> ownParts = v.parts.stream().filter(p -> p.sourceEventId == null).toList();
        List<PartRequest> requested = parts == null ? List.of() : parts;
        if (requested.size() != ownParts.size()) {
            return false;
        }
        for (int i = 0; i < requested.size(); i++) {
            if (!requested.get(i).sameAs(ownParts.get(i))) {
                return false;
            }
        }
        return customerId.equals(v.customerId) && Objects.equals(equipmentId, v.equipmentId)
                && stationId.equals(v.stationId) && type == v.type
                && Objects.equals(faultReported, v.faultReported) && Objects.equals(diagnosis, v.diagnosis)
                && Objects.equals(workDone, v.workDone) && sameNumber(labourHours, v.labourHours)
                && sameNumber(cost == null ? null : cost.amount(), v.costAmount)
                && Objects.equals(cost == null ? null : cost.currency(), v.costCurrency)
                && outcome == v.outcome && Objects.equals(meterReading, v.meterReading) && meterUnit == v.meterUnit
                && (requestedAt == null || requestedAt.equals(v.requestedAt))
                && Objects.equals(repairOrderNumber, v.repairOrderNumber);
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
