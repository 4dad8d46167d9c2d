package io.fieldback.dispatch.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.dispatch.CapabilitiesView.Absence;
import io.fieldback.dispatch.CapabilitiesView.Certification;
import io.fieldback.dispatch.CapabilitiesView.Shift;
import io.fieldback.dispatch.CapabilitiesView.Skill;

@Schema(name = "TechnicianCapabilitiesRequest", description = "Replaces the technician's capabilities as a whole", example = """
        {"skills": [{"productSeries": "YC6K", "level": 4}],
         "certifications": [{"name": "国六排放维修", "productSeries": "YC6K", "validUntil": "2027-06-30"}],
         "shifts": [{"dayOfWeek": "MONDAY", "start": "08:00", "end": "17:00"}],
         "absences": [{"from": "2026-12-24", "to": "2026-12-26", "reason": "年假"}],
         "dailyCap": 6, "preferredCustomerIds": [], "restrictedCustomerIds": []}""")
record CapabilitiesRequest(
        @Size(max = 50) List<@NotNull @Valid Skill> skills,
        @Size(max = 50) List<@NotNull @Valid Certification> certifications,
        @Size(max = 7) List<@NotNull @Valid Shift> shifts,
        @Size(max = 100) List<@NotNull @Valid Absence> absences,
        @Min(1) @Max(50) @Schema(description = "jobs a day at most; absent: the fieldback.dispatch.default-daily-cap setting") Integer dailyCap,
        @Size(max = 200) Set<@NotNull UUID> preferredCustomerIds,
        @Size(max = 200) Set<@NotNull UUID> restrictedCustomerIds) {

    CapabilityDocument document() {
        return new CapabilityDocument(orEmpty(skills), orEmpty(certifications), orEmpty(shifts), orEmpty(absences),
                preferredCustomerIds == null ? Set.of() : preferredCustomerIds,
                restrictedCustomerIds == null ? Set.of() : restrictedCustomerIds);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
