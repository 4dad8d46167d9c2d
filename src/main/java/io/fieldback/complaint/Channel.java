package io.fieldback.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a complaint came in. Dealer systems' complaints are always {@code DEALER}. */
@Schema(name = "ComplaintChannel")
public enum Channel {
    HOTLINE, FOLLOW_UP, SURVEY, VISIT, DEALER, WEB
}
