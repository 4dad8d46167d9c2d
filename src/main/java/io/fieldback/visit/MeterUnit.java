package io.fieldback.visit;

/** What an odometer or hour-meter reading counts. */
public enum MeterUnit {
    KM, HOURS
}
