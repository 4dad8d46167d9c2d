package io.fieldback.warranty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a failure reading counts: kilometres or running hours. */
@Schema(name = "WarrantyReadingUnit")
public enum ReadingUnit {
    KM, HOURS
}
