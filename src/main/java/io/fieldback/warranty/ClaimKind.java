package io.fieldback.warranty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why the manufacturer pays: only STANDARD needs the machine to be in warranty at the failure. */
@Schema(name = "WarrantyClaimKind")
public enum ClaimKind {
    STANDARD, EXTENDED, GOODWILL, CAMPAIGN
}
