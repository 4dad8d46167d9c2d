package io.fieldback.followup;

/** The complaint categories of DOMAIN.md; an escalation proposes one to the complaint intake. */
public enum ComplaintCategory {
    PRODUCT_QUALITY, SERVICE_ATTITUDE, RESPONSE_SPEED, PARTS, PRICE, OTHER
}
