package io.fieldback.customer;

public enum WarrantyLimitUnit {
    KM, HOURS
}
