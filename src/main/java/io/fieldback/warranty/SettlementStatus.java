package io.fieldback.warranty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** OPEN until marked paid; a PAID batch never changes again. */
@Schema(name = "WarrantySettlementStatus")
public enum SettlementStatus {
    OPEN, PAID
}
