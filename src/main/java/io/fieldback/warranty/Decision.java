package io.fieldback.warranty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An analyst's (or the auto-approval rules') answer to one claim line. */
@Schema(name = "WarrantyDecision")
public enum Decision {
    APPROVED, CUT, REJECTED
}
