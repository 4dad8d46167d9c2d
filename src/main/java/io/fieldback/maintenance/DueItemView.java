package io.fieldback.maintenance;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.visit.MeterUnit;

@Schema(name = "MaintenanceDueItem")
public record DueItemView(UUID id, UUID equipmentId, UUID customerId, UUID dealerId,
        @Schema(description = "the station that did the last service, or that holds the booking; null before either", nullable = true) UUID stationId,
        UUID ruleId,
        @Schema(description = "1 for the first service after delivery") int sequence,
        @Schema(description = "the due date of the service: the earlier of the calendar limit and the day the meter is estimated to reach its limit") LocalDate dueDate,
        DueTrigger trigger,
        @Schema(nullable = true) LocalDate dateLimit,
        @Schema(nullable = true) Integer meterLimit,
        @Schema(nullable = true) MeterUnit meterUnit,
        @Schema(description = "the day the meter is estimated to reach meterLimit, from the usage rate", nullable = true) LocalDate meterLimitEstimatedOn,
        DueState state,
        @Schema(nullable = true) String waiveReason,
        @Schema(nullable = true) UUID appointmentId,
        @Schema(nullable = true) UUID closedByVisitId,
        @Schema(nullable = true) LocalDate closedOn,
        long version) {
}
