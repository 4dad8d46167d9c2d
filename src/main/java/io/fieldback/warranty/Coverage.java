package io.fieldback.warranty;

/** A claim's coverage at the failure: in warranty, or paid anyway for its claim type's reason. */
public enum Coverage {
    IN_WARRANTY, PAID_ANYWAY
}
