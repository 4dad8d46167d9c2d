package io.fieldback.visit;

public enum Outcome {
    FIXED, NEEDS_PARTS, NEEDS_REVISIT, UNRESOLVED
}
