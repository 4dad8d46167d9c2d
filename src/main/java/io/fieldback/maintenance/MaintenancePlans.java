package io.fieldback.maintenance;

import java.util.Optional;
import java.util.UUID;

/** What other features (booking) may ask or tell the maintenance feature, whatever the caller's tenancy. */
public interface MaintenancePlans {

    Optional<DueItemView> find(UUID dueItemId);

    /** The open due item of a machine, if any. */
    Optional<DueItemView> openItemOf(UUID equipmentId);

    /** An appointment now holds this item's service: BOOKED, at that station. Refused (409) if the item is closed. */
    void markBooked(UUID dueItemId, UUID appointmentId, UUID stationId);

    /** The appointment went away (cancelled, no-show): the item returns to the state its dates give it. */
    void releaseBooking(UUID dueItemId, UUID appointmentId);

    /** A station's due and on-time figures for a month (see {@link DueFigures}). */
    DueFigures figures(UUID stationId, java.time.YearMonth month);
}
