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

        /** Months from delivery to the first service: the first interval, or the recurring one; null: none. */
        Integer monthsToFirst() {
            return firstMonths != null ? firstMonths : everyMonths;
        }

        /** The meter at the first service: the first interval, or the recurring one; null: none. */
        Integer meterAtFirst() {
            return firstMeter != null ? firstMeter : everyMeter;
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
        Integer first = rule.monthsToFirst();
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
        Integer first = rule.meterAtFirst();
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

    /**
     * {@link #next} for service 1 (none done yet) in SQL, the columns date_due, meter_due, meter_unit and meter_day
     * over {@code m.delivered} and the machine's readings of the rule's unit {@code r} (n, first_on, last_on,
     * first_value, last_value: NULL without readings). The same steps and the same double arithmetic as
     * {@link #meterDay}; ForecastPassTest checks both agree on varied machines.
     */
    static String firstDueColumns(Intervals rule, double defaultDailyUsage) {
        Integer months = rule.monthsToFirst();
        Integer meter = rule.meterAtFirst();
        String dateLimit = months == null ? "NULL" : "m.delivered + INTERVAL " + months + " MONTH";
        if (meter == null) {
            return dateLimit + " AS date_due, NULL AS meter_due, NULL AS meter_unit, NULL AS meter_day";
        }
        String on = "COALESCE(r.last_on, m.delivered)";
        String latest = "COALESCE(r.last_value, 0)";
        String rate = "(CASE WHEN r.n >= 2 AND DATEDIFF(r.last_on, r.first_on) > 0 AND r.last_value > r.first_value "
                + "THEN CAST(r.last_value - r.first_value AS DOUBLE) / DATEDIFF(r.last_on, r.first_on) "
                + "ELSE CAST('" + defaultDailyUsage + "' AS DOUBLE) END)";
        long max = (long) MAX_DAYS;
        String days = "CAST(CASE WHEN " + rate + " <= 0 THEN " + max + " ELSE LEAST(" + max + ", CEIL((" + meter + " - "
                + latest + ") / " + rate + ")) END AS SIGNED)";
        // a reading dated past 2900 puts the day beyond any plan's horizon (no item, as in Java), not past 9999
        String meterDay = "CASE WHEN " + on + " >= '2900-01-01' THEN DATE '9999-12-31' WHEN " + latest + " >= " + meter
                + " THEN " + on + " ELSE " + on + " + INTERVAL " + days + " DAY END";
        String unit = rule.unit() == null ? "NULL" : "'" + rule.unit().name() + "'";
        return dateLimit + " AS date_due, " + meter + " AS meter_due, " + unit + " AS meter_unit, " + meterDay
                + " AS meter_day";
    }

    /** As {@link #next} merges the two limits: due_date and due_trigger from {@code y}'s date_due and meter_day. */
    static String dueColumns() {
        return "CASE WHEN y.meter_day IS NULL THEN y.date_due WHEN y.date_due IS NULL OR y.meter_day < y.date_due "
                + "THEN y.meter_day ELSE y.date_due END AS due_date, CASE WHEN y.meter_day IS NULL THEN 'DATE' "
                + "WHEN y.date_due IS NULL THEN 'METER' WHEN y.meter_day = y.date_due THEN 'BOTH' "
                + "WHEN y.meter_day < y.date_due THEN 'METER' ELSE 'DATE' END AS due_trigger";
    }
}
