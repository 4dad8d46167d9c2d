package io.fieldback.customer;

/**
 * The database views customer publishes for other modules' set-based reads (the insights figures group calls by
 * a customer's segments and a machine's series), created by changeset 144; their columns are customer's read
 * contract, its tables behind them are not.
 */
public final class CustomerFacts {

    /** A customer: id, dealer_id, region, province, importance. */
    public static final String CUSTOMERS = "customer_facts";
    /** A machine: id, customer_id, product_series. */
    public static final String EQUIPMENT = "equipment_facts";

    private CustomerFacts() {
    }
}
