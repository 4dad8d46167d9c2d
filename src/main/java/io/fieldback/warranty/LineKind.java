package io.fieldback.warranty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WarrantyLineKind")
public enum LineKind {
    LABOUR, PART, OTHER
}
