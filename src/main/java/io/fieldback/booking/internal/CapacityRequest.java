package io.fieldback.booking.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StationCapacityRequest", example = """
        {"slotMinutes": 60, "bays": 2,
         "openingHours": [{"day": "MONDAY", "opens": "08:00", "closes": "12:00"},
                          {"day": "MONDAY", "opens": "13:00", "closes": "17:00"}],
         "closures": [{"date": "2027-02-17", "reason": "春节"}]}""")
record CapacityRequest(
        @NotNull @Min(10) @Max(480) @Schema(description = "length of one slot, minutes") Integer slotMinutes,
        @NotNull @Min(1) @Max(200) @Schema(description = "appointments one slot takes (bays or technicians)") Integer bays,
        @NotNull @Size(max = 50) List<@NotNull @Valid Opening> openingHours,
        @Size(max = 400) List<@NotNull @Valid Closure> closures) {

    @Schema(name = "OpeningHours")
    record Opening(@NotNull DayOfWeek day,
            @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time", example = "08:00") LocalTime opens,
            @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "time", example = "17:00") LocalTime closes) {
    }

    @Schema(name = "Closure")
    record Closure(@NotNull LocalDate date, @Size(max = 200) String reason) {
    }
}
