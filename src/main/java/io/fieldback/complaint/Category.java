package io.fieldback.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the complaint is about; the monthly Pareto counts by it. */
@Schema(name = "ComplaintCategory")
public enum Category {
    PRODUCT_QUALITY, SERVICE_ATTITUDE, RESPONSE_SPEED, PARTS, PRICE, OTHER
}
