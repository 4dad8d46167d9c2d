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

    interface AutoApprove {

        /** Off: every submitted claim goes to the manual queue. */
        @WithDefault("true")
        boolean enabled();

        /** A claim whose claimed total is above this goes to the manual queue. */
        @WithDefault("2000.00")
        BigDecimal maxAmount();
    }
}
