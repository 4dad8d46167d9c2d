package io.fieldback.maintenance;

import java.time.LocalDate;
import java.util.UUID;

/** One step of the reminder ladder reached for one due item; recorded once per item and step. */
public record MaintenanceReminderDue(UUID dueItemId, UUID customerId, UUID equipmentId, UUID dealerId,
        UUID stationId, String step, LocalDate dueDate, DueState state) {

    public static final String TOPIC = "maintenance.reminder";
}
