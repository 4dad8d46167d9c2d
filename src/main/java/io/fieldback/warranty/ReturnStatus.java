package io.fieldback.warranty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A part return: REQUESTED → SHIPPED → RECEIVED → INSPECTED; KEEP and SCRAP are instructions with nothing to ship. */
@Schema(name = "WarrantyReturnStatus")
public enum ReturnStatus {
    REQUESTED, SHIPPED, RECEIVED, INSPECTED, KEEP, SCRAP
}
