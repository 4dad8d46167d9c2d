package io.fieldback.limits.internal;

import io.fieldback.limits.LimitsConfig;

/** Where the callers' token buckets are kept (fieldback.limits.backend). */
public interface Buckets {

    /** Takes one token from the caller's bucket: 0 when served, else the nanoseconds until a token is back. */
    long take(String caller, LimitsConfig.Rate rate);

    /** Whether {@link #take} does I/O (it must then run on a worker thread). */
    boolean blocking();
}
