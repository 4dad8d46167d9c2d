package io.fieldback.visit;

/** Who pays for a part: covered by warranty or paid by the customer. */
public enum Billing {
    WARRANTY, PAID
}
