package io.fieldback.maintenance.internal;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fieldback.maintenance")
interface MaintenanceConfig {

    /** Zone whose calendar day "today" and a visit's completion fall on. */
    @WithDefault("Asia/Shanghai")
    java.time.ZoneId timeZone();

    /** An item is DUE this many days before its due date (UPCOMING before). */
    @WithDefault("14")
    int dueDaysBefore();

    /** An item is OVERDUE once this many days have passed after its due date. */
    @WithDefault("0")
    int overdueDaysAfter();

    /** Running hours per day assumed for a machine with fewer than two hour-meter readings. */
    @WithDefault("8")
    double defaultDailyHours();

    /** Kilometres per day assumed for a machine with fewer than two odometer readings. */
    @WithDefault("200")
    double defaultDailyKm();

    /** Reminder steps in days from the due date (negative: before); the last one hands the item to the call centre. */
    @WithDefault("-14,-3,0,7")
    List<Integer> reminderLadder();

    /** When the nightly forecast runs (cron, the server's zone). */
    @WithDefault("0 30 2 * * ?")
    String forecastCron();

    /**
     * How many machines the nightly forecast handles per transaction: at 1,000 the per-chunk reads and commits
     * kept the pass at 2.8x a plain SQL pass; 5,000 brings it to 1.6-2.0x (bench/RESULTS.md) with a chunk's
     * rows still a few MB of heap.
     */
    @WithDefault("5000")
    int forecastBatch();
}
