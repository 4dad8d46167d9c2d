package io.fieldback.privacy;

import java.util.UUID;

/** Finds and locks the customer being erased; the customer feature implements it (privacy depends on no feature). */
public interface ErasureSubjects {

    /** Locks the customer's row for this transaction; false when there is no such customer. */
    boolean lock(UUID customerId);
}
