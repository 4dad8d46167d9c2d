package io.fieldback.customer;

public enum Importance {
    KEY, ORDINARY, POTENTIAL
}
