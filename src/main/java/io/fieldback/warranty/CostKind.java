package io.fieldback.warranty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an OTHER line pays for. */
@Schema(name = "WarrantyCostKind")
public enum CostKind {
    TRAVEL, SUBLET
}
