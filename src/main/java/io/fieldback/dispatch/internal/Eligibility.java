package io.fieldback.dispatch.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.fieldback.dispatch.CandidatesView.Reason;
import io.fieldback.dispatch.HardRule;

/** The hard rules, one place: which of them a technician breaks for a job. */
final class Eligibility {

    private Eligibility() {
    }

    /** What the rules need to know of the job. */
    record Job(UUID customerId, String productSeries, Instant windowStart, Instant windowEnd, Set<UUID> stations) {
    }

    static List<Reason> broken(Job job, UUID technicianStation, CapabilityService.Facts facts, int jobsThatDay,
            ZoneId zone) {
        List<Reason> reasons = new ArrayList<>();
        CapabilityDocument doc = facts.document();
        LocalDate day = job.windowStart().atZone(zone).toLocalDate();
        if (!job.stations().contains(technicianStation)) {
            reasons.add(new Reason(HardRule.OTHER_STATION, "home station " + technicianStation));
        }
        if (!doc.hasSkill(job.productSeries())) {
            reasons.add(new Reason(HardRule.NO_SKILL, "no skill for " + job.productSeries()));
        }
        if (!doc.certifiedOn(job.productSeries(), day)) {
            reasons.add(new Reason(HardRule.NO_VALID_CERTIFICATION, "no certification for " + job.productSeries()
                    + " valid on " + day));
        }
        availability(job, doc, zone, reasons);
        if (jobsThatDay >= facts.dailyCap()) {
            reasons.add(new Reason(HardRule.DAILY_CAP_REACHED, jobsThatDay + " jobs on " + day + ", cap "
                    + facts.dailyCap()));
        }
        if (doc.restrictedCustomerIds().contains(job.customerId())) {
            reasons.add(new Reason(HardRule.RESTRICTED_FOR_CUSTOMER, "restricted for customer " + job.customerId()));
        }
        return reasons;
    }

    /** On shift in the window, and not absent on every shift day of it. */
    private static void availability(Job job, CapabilityDocument doc, ZoneId zone, List<Reason> reasons) {
        List<LocalDate> shiftDays = doc.shiftDaysWithin(job.windowStart(), job.windowEnd(), zone);
        if (shiftDays.isEmpty()) {
            reasons.add(new Reason(HardRule.NOT_ON_SHIFT, "no shift between " + job.windowStart() + " and "
                    + job.windowEnd()));
        } else if (shiftDays.stream().allMatch(doc::absentOn)) {
            reasons.add(new Reason(HardRule.ABSENT, "absent on " + shiftDays.get(0)
                    + (shiftDays.size() > 1 ? " and every other shift day of the window" : "")));
        }
    }
}
