package io.fieldback.warranty.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.warranty.Decision;
import io.fieldback.warranty.ReasonCode;

/** Request bodies of an analyst's decisions. */
final class DecisionRequests {

    private DecisionRequests() {
    }

    @Schema(name = "WarrantyDecisionRequest", example = """
            {"lines": [{"lineId": "0193a2b0-0000-7000-8000-0000000000c1", "decision": "CUT", "approvedAmount": 360.00,
                        "reasonCode": "LABOUR_OVER_STANDARD"},
                       {"lineId": "0193a2b0-0000-7000-8000-0000000000c2", "decision": "APPROVED"}]}""")
    record DecisionRequest(@NotEmpty @Size(max = 50) List<@NotNull @Valid LineDecision> lines) {

        List<WarrantyClaim.LineCall> calls() {
            return lines.stream().map(l -> new WarrantyClaim.LineCall(l.lineId(), l.decision(), l.approvedAmount(),
                    l.reasonCode())).toList();
        }
    }

    @Schema(name = "WarrantyLineDecision")
    record LineDecision(@NotNull UUID lineId, @NotNull Decision decision,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Schema(description = "CUT only: what is paid")
            BigDecimal approvedAmount,
            @Schema(description = "required for CUT and REJECTED; default WITHIN_POLICY") ReasonCode reasonCode) {
    }

    @Schema(name = "WarrantyReturnRequest", example = """
            {"note": "请补充故障件照片和水泵铭牌照片"}""")
    record ReturnRequest(@NotBlank @Size(max = 1000) String note) {
    }
}
