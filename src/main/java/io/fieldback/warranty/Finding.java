package io.fieldback.warranty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the inspection of a returned part found; anything but CONFIRMED charges the line's approved amount back. */
@Schema(name = "WarrantyInspectionFinding")
public enum Finding {
    CONFIRMED, NO_FAULT_FOUND, WRONG_PART, TRANSIT_DAMAGE, NOT_RECEIVED
}
