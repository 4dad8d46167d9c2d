package io.fieldback.customer;

public enum ContactRole {
    DRIVER, REPAIRER, QUALITY_MANAGER, FLEET_MANAGER, OWNER, PURCHASER, OTHER
}
