package io.fieldback.limits;

/** Where the buckets are kept: see {@link LimitsConfig#backend()}. */
public enum LimitsBackend {
    /** This instance's memory: right for one instance; N instances allow N times the limit. */
    MEMORY,
    /** The database (table rate_limit_buckets), shared by every instance. */
    DATABASE
}
