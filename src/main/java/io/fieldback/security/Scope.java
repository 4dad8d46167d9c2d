package io.fieldback.security;

/** Claims (token) and attributes (API key) that bind a caller to one tenant. */
public final class Scope {

    public static final String DEALER = "dealer_id";
    public static final String STATION = "station_id";
    public static final String VENDOR = "vendor_id";
    public static final String TECHNICIAN = "technician_id";

    private Scope() {
    }
}
