package io.fieldback.maintenance.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.fieldback.maintenance.DueTrigger;
import io.fieldback.maintenance.RuleMode;
import io.fieldback.visit.MeterUnit;

/**
 * The next service of a machine from its rule, delivery, last service and meter readings. Pure: the
 * same facts give the same answer, so the nightly job and a completed visit agree.
 */
final class Forecast {

    private Forecast() {
    }

    /** A reading as the forecast uses it. */
    record Reading(LocalDate on, int value) {
    }

    /** The last service done: when, and the meter then (null when no reading was taken). */
    record LastService(int sequence, LocalDate on, Integer meter) {
    }

    /** The rule's intervals. */
    record Intervals(RuleMode mode, MeterUnit unit, Integer firstMeter, Integer firstMonths, Integer everyMeter,
            Integer everyMonths) {

        static Intervals of(MaintenanceRule rule) {
            return new Intervals(rule.mode, rule.meterUnit, rule.firstMeter, rule.firstMonths, rule.everyMeter,
                    rule.everyMonths);
        }
    }

    record Due(int sequence, LocalDate dateLimit, Integer meterLimit, MeterUnit meterUnit, LocalDate meterEstimated,
            LocalDate dueDate, DueTrigger trigger) {
    }

    /**
     * The next due service. Service 1 comes at the first interval after delivery; service n after that at
     * the recurring interval: ANCHORED from the original due points (first + (n-1) × every), FLOATING from the
     * last service done. The meter limit becomes a day through the usage rate; the earlier day wins.
     */
    static Due next(Intervals rule, LocalDate delivered, LastService last, List<Reading> readings,
            double defaultDailyUsage) {
        int n = last == null ? 1 : last.sequence() + 1;
        LocalDate dateLimit = dateLimit(rule, delivered, last, n);
        Integer meterLimit = meterLimit(rule, last, n);
        LocalDate meterDay = meterLimit == null ? null : meterDay(meterLimit, delivered, readings, defaultDailyUsage);
        if (meterDay == null) {
            return new Due(n, dateLimit, null, null, null, dateLimit, DueTrigger.DATE);
        }
        if (dateLimit == null) {
            return new Due(n, null, meterLimit, rule.unit(), meterDay, meterDay, DueTrigger.METER);
        }
        int order = meterDay.compareTo(dateLimit);
        DueTrigger trigger = order == 0 ? DueTrigger.BOTH : order < 0 ? DueTrigger.METER : DueTrigger.DATE;
        return new Due(n, dateLimit, meterLimit, rule.unit(), meterDay, order < 0 ? meterDay : dateLimit, trigger);
    }

    static LocalDate dateLimit(Intervals rule, LocalDate delivered, LastService last, int n) {
        Integer first = rule.firstMonths() != null ? rule.firstMonths() : rule.everyMonths();
        if (n == 1) {
            return first == null ? null : delivered.plusMonths(first);
        }
        if (rule.everyMonths() == null) {
            return null;
        }
        if (rule.mode() == RuleMode.FLOATING) {
            return last.on().plusMonths(rule.everyMonths());
        }
        return first == null ? null : delivered.plusMonths(first + (long) (n - 1) * rule.everyMonths());
    }

    static Integer meterLimit(Intervals rule, LastService last, int n) {
        Integer first = rule.firstMeter() != null ? rule.firstMeter() : rule.everyMeter();
        if (n == 1) {
            return first;
        }
        if (rule.everyMeter() == null) {
            return null;
        }
        if (rule.mode() == RuleMode.FLOATING && last.meter() != null) {
            return last.meter() + rule.everyMeter();
        }
        return first == null ? null : first + (n - 1) * rule.everyMeter();
    }

    /**
     * The day the meter reaches a limit: from the latest reading (or zero at delivery) at the usage rate,
     * which is the climb from the first to the latest reading over the days between them; with fewer than
     * two readings (or all on one day) the default rate.
     */
    private static final double MAX_DAYS = 36_500;

    static LocalDate meterDay(int limit, LocalDate delivered, List<Reading> readings, double defaultDailyUsage) {
        Reading latest = readings.isEmpty() ? new Reading(delivered, 0) : readings.get(readings.size() - 1);
        if (latest.value() >= limit) {
            return latest.on();
        }
        double rate = usageRate(readings, defaultDailyUsage);
        // a meter that has not moved (rate 0) or barely moves would put the day past any calendar a
        // database stores; it is then a century away, and a calendar interval (if any) comes first
        double days = rate <= 0 ? MAX_DAYS : Math.min(MAX_DAYS, Math.ceil((limit - latest.value()) / rate));
        return latest.on().plusDays((long) days);
    }

    static double usageRate(List<Reading> readings, double defaultDailyUsage) {
        if (readings.size() < 2) {
            return defaultDailyUsage;
        }
        Reading first = readings.get(0);
        Reading latest = readings.get(readings.size() - 1);
        long days = ChronoUnit.DAYS.between(first.on(), latest.on());
        if (days <= 0 || latest.value() <= first.value()) {
            return defaultDailyUsage;
        }
        return (latest.value() - first.value()) / (double) days;
    }
}
