package io.fieldback.warranty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claim's coverage at the failure: in warranty, or paid anyway for its claim type's reason. */
@Schema(name = "WarrantyCoverage")
public enum Coverage {
    IN_WARRANTY, PAID_ANYWAY
}
