package io.fieldback.security;

/** The roles of DOMAIN.md, as they appear in a token's {@code groups} claim. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String ANALYST = "analyst";
    public static final String AGENT = "agent";
    public static final String HANDLER = "handler";
    public static final String STATION_MANAGER = "station-manager";
    public static final String TECHNICIAN = "technician";
    public static final String DEALER = "dealer";
    public static final String VENDOR = "vendor";
    /** The manufacturer's warranty analysts: they decide warranty claims, network-wide. */
    public static final String WARRANTY_ANALYST = "warranty-analyst";

    public static final java.util.List<String> ALL = java.util.List.of(ADMIN, ANALYST, AGENT, HANDLER,
            STATION_MANAGER, TECHNICIAN, DEALER, VENDOR, WARRANTY_ANALYST);

    private Roles() {
    }
}
