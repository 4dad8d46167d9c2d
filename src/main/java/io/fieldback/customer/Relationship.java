package io.fieldback.customer;

/** How a customer relates to the manufacturer (DOMAIN.md, "Customers"). */
public enum Relationship {
    /** builds the maker's product into its own */
    OEM,
    /** intermediate seller */
    DEALER,
    /** owner or operator */
    END_USER
}
