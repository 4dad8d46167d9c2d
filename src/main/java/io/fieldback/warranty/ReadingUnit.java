package io.fieldback.warranty;

/** What a failure reading counts: kilometres or running hours. */
public enum ReadingUnit {
    KM, HOURS
}
