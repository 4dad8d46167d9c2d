package io.fieldback.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whose fault it was; decides the corrective-report deadline. */
@Schema(name = "ComplaintFaultOrigin")
public enum FaultOrigin {
    IN_HOUSE, SUPPLIER
}
