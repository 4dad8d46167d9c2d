package io.fieldback.warranty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a line was approved, cut or rejected. */
@Schema(name = "WarrantyReasonCode")
public enum ReasonCode {
    WITHIN_POLICY, AUTO_APPROVED, LABOUR_OVER_STANDARD, PRICE_OVER_LIST, NOT_CAUSAL, NOT_COVERED, DUPLICATE,
    INSUFFICIENT_EVIDENCE, OTHER
}
