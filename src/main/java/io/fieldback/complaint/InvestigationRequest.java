package io.fieldback.complaint;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.complaint.internal.Examples;

/** The investigation as it stands; it replaces the previous one (fields left out are cleared). */
@Schema(name = "ComplaintInvestigationRequest", example = Examples.INVESTIGATION)
public record InvestigationRequest(
        @Size(max = 4000) String rootCause,
        @Size(max = 32) String departmentCode,
        FaultOrigin faultOrigin,
        @Size(max = 200) String supplierName,
        @Valid Countermeasure temporaryCountermeasure,
        @Valid Countermeasure permanentCountermeasure,
        @Schema(description = "when the investigation was made, if earlier than now; not before the complaint's "
                + "receipt, not in the future; the corrective-report clock stops at it; defaults to now")
        Instant occurredAt) {

    /** A countermeasure is only recorded with the person who owns it and the date it is due. */
    @Schema(name = "ComplaintCountermeasureRequest")
    public record Countermeasure(
            @NotBlank @Size(max = 4000) String action,
            @NotBlank @Size(max = 100) String owner,
            @NotNull LocalDate dueDate) {
    }
}
