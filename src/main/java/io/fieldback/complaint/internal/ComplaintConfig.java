package io.fieldback.complaint.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The complaint rules the business works to (DOMAIN.md, "Complaints"), as settings. */
@ConfigMapping(prefix = "fieldback.complaint")
interface ComplaintConfig {

    Clocks clocks();

    /** A complaint from the same customer about the same visit within this time of another is a duplicate. */
    @WithDefault("PT72H")
    Duration duplicateWindow();

    /** How long after the remedy quality watches for a recurrence before it may verify ("the next month"). */
    @WithDefault("P30D")
    Duration verificationPeriod();

    Compensation compensation();

    Escalation escalation();

    Figures figures();

    FollowUpIntake followupIntake();

    interface Clocks {

        /** Contact the customer within this time of receipt. */
        @WithDefault("PT12H")
        Duration firstContact();

        /** Reply with an analysis within this time of receipt, for urgent complaints. */
        @WithDefault("PT48H")
        Duration replyUrgent();

        /** Reply with an analysis within this time of receipt, for normal complaints. */
        @WithDefault("P3D")
        Duration replyNormal();

        /** Corrective report within this time of receipt when the fault is in-house (or not yet known). */
        @WithDefault("P3D")
        Duration correctiveReportInHouse();

        /** Corrective report within this time of receipt when the fault is a supplier's. */
        @WithDefault("P7D")
        Duration correctiveReportSupplier();
    }

    interface Compensation {

        /** The currency the limits are in. Another currency needs an approver without a limit. */
        @WithDefault("CNY")
        String currency();

        /** The most each role may approve, by role name (e.g. handler=2000). A role not listed may not approve. */
        Map<String, BigDecimal> limits();

        /** Roles that may approve any amount. */
        @WithDefault("admin")
        List<String> unlimitedRoles();
    }

    interface Escalation {

        /** The department escalated to while a complaint has no responsible department yet. */
        @WithDefault("CUSTOMER-SERVICE")
        String fallbackDepartment();
    }

    interface Figures {

        /** The time zone whose calendar months the monthly figures use. */
        @WithDefault("UTC")
        ZoneId zone();
    }

    interface FollowUpIntake {

        /** How often problems raised on follow-up calls become complaints ("off" disables it on this instance). */
        @WithDefault("30s")
        String every();
    }
}
