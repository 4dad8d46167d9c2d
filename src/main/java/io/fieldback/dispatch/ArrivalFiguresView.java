package io.fieldback.dispatch;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The arrival promise kept, for the visits whose promise fell in a month. */
@Schema(name = "ArrivalFigures")
public record ArrivalFiguresView(UUID stationId, String month, int promised, int onTime, int late,
        @Schema(description = "promise passed, nobody on site yet") int overdue,
        @Schema(description = "promise still ahead") int open,
        @Schema(nullable = true, description = "onTime / (onTime + late + overdue); absent when none was due") Double onTimeRate) {
}
