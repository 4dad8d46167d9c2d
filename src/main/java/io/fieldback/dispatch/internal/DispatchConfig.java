package io.fieldback.dispatch.internal;

import java.time.Duration;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fieldback.dispatch")
interface DispatchConfig {

    /** Zone of shifts, absences and plan days. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** Other stations of the same dealer within this distance lend their technicians to candidate lists; 0: none. */
    @WithDefault("0")
    double neighbourRadiusKm();

    /** Jobs a day for a technician whose capabilities name no cap. */
    @WithDefault("8")
    int defaultDailyCap();

    /** Length of a job whose visit names none. */
    @WithDefault("PT1H")
    Duration defaultDuration();

    /** Speed of the default (great-circle) travel time. */
    @WithDefault("40")
    double travelSpeedKmh();

    Promise promise();

    Weights weights();

    Plan plan();

    /** How soon after the request a technician is promised on site, by customer importance. */
    interface Promise {
        @WithDefault("PT24H")
        Duration key();

        @WithDefault("PT48H")
        Duration ordinary();

        @WithDefault("PT48H")
        Duration potential();
    }

    /** The candidates' soft score. */
    interface Weights {
        /** Points lost per km from where the technician would come from. */
        @WithDefault("1")
        double perKm();

        /** Points lost per job the technician already has that day. */
        @WithDefault("10")
        double perJob();

        /** Points for the technician who last serviced the machine. */
        @WithDefault("30")
        double continuity();

        /** Points for a technician the customer prefers. */
        @WithDefault("20")
        double preference();
    }

    interface Plan {
        /** How long the solver searches for a better day plan. */
        @WithDefault("PT30S")
        Duration timeLimit();
    }
}
