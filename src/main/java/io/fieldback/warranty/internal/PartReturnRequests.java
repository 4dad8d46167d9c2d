package io.fieldback.warranty.internal;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.warranty.Finding;
import io.fieldback.warranty.ReturnInstruction;

/** Request bodies of the parts-return steps. */
final class PartReturnRequests {

    private PartReturnRequests() {
    }

    @Schema(name = "WarrantyPartReturnRequest", example = """
            {"lineId": "0193a2b0-0000-7000-8000-0000000000c2", "instruction": "RETURN", "dueOn": "2026-12-20"}""")
    record InstructionRequest(@NotNull UUID lineId, @NotNull ReturnInstruction instruction,
            @Schema(description = "RETURN only") LocalDate dueOn, @Schema(description = "KEEP only") LocalDate keepUntil) {
    }

    @Schema(name = "WarrantyPartShipment", example = """
            {"carrier": "顺丰速运", "trackingNumber": "SF1402345678901"}""")
    record ShipmentRequest(@NotBlank @Size(max = 100) String carrier, @NotBlank @Size(max = 100) String trackingNumber) {
    }

    @Schema(name = "WarrantyPartInspection", example = """
            {"finding": "NO_FAULT_FOUND", "note": "台架试验 2 小时无泄漏"}""")
    record InspectionRequest(@NotNull Finding finding, @Size(max = 1000) String note) {
    }
}
