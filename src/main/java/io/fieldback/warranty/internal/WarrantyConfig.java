package io.fieldback.warranty.internal;

import java.math.BigDecimal;
import java.time.Period;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fieldback.warranty")
interface WarrantyConfig {

    AutoApprove autoApprove();

    /** Zone whose calendar day a repair's completion falls on (the claim's repair day and rate day). */
    @WithDefault("Asia/Shanghai")
    java.time.ZoneId timeZone();

    /** Two claims on one serial with a common operation code whose failures are this close are duplicates. */
    @WithDefault("P90D")
    Period duplicateWindow();

    Deadlines deadlines();

    /** Body cap of the bulk claim upsert: 5,000 claims of a few lines are several MB (the general cap is 1 MB). */
    @WithDefault("12582912")
    long maxBodyBytes();

    /**
     * Transaction timeout, in seconds, of the bulk claim upsert (5,000 claims) and of a settlement run (a month of
     * the network in one transaction): both have taken over the 60 s default on a loaded machine.
     */
    @WithDefault("300")
    int batchTransactionTimeout();

    /** When each instance settles the previous month (Quarkus cron, server time; "off" disables). */
    @WithDefault("0 0 3 2 * ?")
    String settlementCron();

    /** When parts not shipped by their due date are charged back ("off" disables). */
    @WithDefault("0 30 0 * * ?")
    String overduePartsCron();

    interface Deadlines {

        /** A claim is submitted by the end of this many days after the repair day. */
        @WithDefault("P30D")
        Period submission();

        /** A claim in the manual queue is decided (or returned for information) within this span of its submission. */
        @WithDefault("P14D")
        java.time.Duration decision();
    }

    interface AutoApprove {

        /** Off: every submitted claim goes to the manual queue. */
        @WithDefault("true")
        boolean enabled();

        /** A claim whose claimed total is above this goes to the manual queue. */
        @WithDefault("2000.00")
        BigDecimal maxAmount();
    }
}
