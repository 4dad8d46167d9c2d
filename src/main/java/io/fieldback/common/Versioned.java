package io.fieldback.common;

import java.util.UUID;

/** A view of a mutable resource: its id and the version that becomes its ETag. */
public interface Versioned {

    UUID id();

    long version();
}
