package io.fieldback.warranty.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.fieldback.warranty.Coverage;

/**
 * The auto-approval rules (settings): in warranty, claimed total at most the threshold, labour hours
 * within standard, no duplicate. Pure: every rule that fails is a reason for the manual queue.
 */
final class AutoApproval {

    private AutoApproval() {
    }

    static List<String> reviewReasons(WarrantyClaim claim, boolean enabled, BigDecimal maxAmount) {
        List<String> reasons = new ArrayList<>();
        if (!enabled) {
            reasons.add("auto-approval is off");
        }
        if (claim.coverage != Coverage.IN_WARRANTY) {
            reasons.add("paid outside warranty (" + claim.coverageNote + ")");
        }
        if (claim.claimedTotal.compareTo(maxAmount) > 0) {
            reasons.add("claimed " + claim.claimedTotal + " " + claim.currency + " is above the auto-approval limit of "
                    + maxAmount);
        }
        for (ClaimLine line : claim.lines) {
            if (line.overStandard()) {
                reasons.add("lines[" + line.position + "] claims " + line.hours + " hours for " + line.operationCode
                        + " against " + line.standardHours + " standard hours");
            }
        }
        if (claim.duplicateOf != null) {
            reasons.add("possible duplicate of claim " + claim.duplicateOf + " (same serial and operation code)");
        }
        return reasons;
    }
}
