package io.fieldback.warranty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the manufacturer wants done with a failed part: sent back, kept by the station until a date, or scrapped. */
@Schema(name = "WarrantyReturnInstruction")
public enum ReturnInstruction {
    RETURN, KEEP, SCRAP
}
