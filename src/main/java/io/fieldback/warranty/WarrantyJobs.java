package io.fieldback.warranty;

/** The warranty feature's scheduled work, callable on demand (operations, tests); each is safe on several instances. */
public interface WarrantyJobs {

    /** Settles the month before the current one (warranty time zone); returns the batches it made or added to. */
    int settlePreviousMonth();

    /** Charges back every part still not shipped after its due date; returns how many it charged. */
    int chargeOverdueParts();
}
