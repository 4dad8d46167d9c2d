package io.fieldback.booking.internal;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fieldback.booking")
interface BookingConfig {

    /** Zone of the stations' opening hours and calendar days. */
    @WithDefault("Asia/Shanghai")
    java.time.ZoneId timeZone();

    /** How long a HELD slot stays taken while the call centre talks to the customer. */
    @WithDefault("PT10M")
    Duration holdFor();

    /** How many unexpired holds one caller may have at once. */
    @WithDefault("3")
    int maxHoldsPerHolder();

    /** A confirmed appointment may be cancelled or rescheduled until this long before it starts. */
    @WithDefault("PT24H")
    Duration cancellationCutOff();

    /** Longest day range of one free-slot request. */
    @WithDefault("31")
    int maxDays();
}
