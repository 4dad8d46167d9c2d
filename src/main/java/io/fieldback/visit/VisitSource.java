package io.fieldback.visit;

/** Where a visit record came from: a technician's phone, a dealer's system, or the back office. */
public enum VisitSource {
    PHONE, DEALER_SYSTEM, BACK_OFFICE
}
