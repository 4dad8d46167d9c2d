package io.fieldback.maintenance;

/** Which limit makes a service due first; BOTH when the date and the meter fall on the same day. */
public enum DueTrigger {
    DATE, METER, BOTH
}
