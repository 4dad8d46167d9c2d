package io.fieldback.followup;

/** The satisfaction dimension a questionnaire item measures (the five items of DOMAIN.md). */
public enum Dimension {
    PRODUCT_QUALITY, SERVICE_ATTITUDE, RESPONSE_SPEED, PROACTIVE_SOLVING, OTHER;

    /** The complaint category an escalation raised on this dimension starts in. */
    public ComplaintCategory category() {
        return switch (this) {
            case PRODUCT_QUALITY -> ComplaintCategory.PRODUCT_QUALITY;
            case SERVICE_ATTITUDE -> ComplaintCategory.SERVICE_ATTITUDE;
            case RESPONSE_SPEED -> ComplaintCategory.RESPONSE_SPEED;
            case PROACTIVE_SOLVING, OTHER -> ComplaintCategory.OTHER;
        };
    }
}
