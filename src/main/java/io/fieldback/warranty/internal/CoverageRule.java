package io.fieldback.warranty.internal;

import java.time.LocalDate;

import io.fieldback.common.Refusal;
import io.fieldback.warranty.ReadingUnit;

/**
 * Warranty by date or by meter, whichever ends first, measured at the failure. Pure: the facts in, the
 * verdict (covered or not, and why) or a refusal of the reading out.
 */
final class CoverageRule {

    record Verdict(boolean covered, String note) {
    }

    record Result(Verdict verdict, Refusal refusal) {
    }

    private CoverageRule() {
    }

    static Result check(RepairFacts machine, LocalDate failureDate, Integer reading, ReadingUnit unit) {
        Refusal refusal = readingProblem(machine, failureDate, reading, unit);
        if (refusal != null) {
            return new Result(null, refusal);
        }
        if (machine.warrantyUntil() == null && machine.warrantyLimit() == null) {
            return verdict(false, "no warranty is recorded for machine " + machine.serialNumber());
        }
        if (machine.warrantyUntil() != null && failureDate.isAfter(machine.warrantyUntil())) {
            return verdict(false, "warranty by date ended on " + machine.warrantyUntil() + "; failure on " + failureDate);
        }
        if (machine.warrantyLimit() != null && reading > machine.warrantyLimit()) {
            return verdict(false, "reading " + reading + " " + unit + " is past the warranty limit of "
                    + machine.warrantyLimit() + " " + machine.warrantyLimitUnit());
        }
        String byDate = machine.warrantyUntil() == null ? "" : "until " + machine.warrantyUntil();
        String byMeter = machine.warrantyLimit() == null ? ""
                : (byDate.isEmpty() ? "" : " and ") + "up to " + machine.warrantyLimit() + " " + machine.warrantyLimitUnit();
        return verdict(true, "in warranty " + byDate + byMeter + " (failure on " + failureDate
                + (reading == null ? "" : " at " + reading + " " + unit) + ")");
    }

    private static Refusal readingProblem(RepairFacts machine, LocalDate failureDate, Integer reading, ReadingUnit unit) {
        if (failureDate.isAfter(machine.repairedOn())) {
            return Refusal.invalid("failureDate", "is after the repair on " + machine.repairedOn());
        }
        if (machine.deliveryDate() != null && failureDate.isBefore(machine.deliveryDate())) {
            return Refusal.invalid("failureDate", "is before the machine's delivery on " + machine.deliveryDate());
        }
        if ((reading == null) != (unit == null)) {
            return Refusal.invalid("failureUnit", "give failureReading and failureUnit together");
        }
        if (machine.warrantyLimit() == null) {
            return null;
        }
        if (reading == null) {
            return Refusal.invalid("failureReading", "the machine's warranty is limited to " + machine.warrantyLimit()
                    + " " + machine.warrantyLimitUnit() + ": give the reading at the failure");
        }
        if (unit != machine.warrantyLimitUnit()) {
            return Refusal.invalid("failureUnit", "the machine's warranty limit counts " + machine.warrantyLimitUnit());
        }
        return null;
    }

    private static Result verdict(boolean covered, String note) {
        return new Result(new Verdict(covered, note), null);
    }
}
