package io.fieldback.notification.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** fieldback.notification.* (README, "Notifications"). */
@ConfigMapping(prefix = "fieldback.notification")
public interface NotificationConfig {

    /** Zone of a contact without one of their own. */
    @WithDefault("Asia/Shanghai")
    ZoneId defaultTimeZone();

    /** Locale of a contact without one, and the templates' fallback. */
    @WithDefault("zh-CN")
    String defaultLocale();

    QuietHours quietHours();

    FrequencyCap frequencyCap();

    /** A courtesy message is suppressed when the customer's follow-up call is due within this time. */
    @WithDefault("P3D")
    Duration courtesyQuietBeforeCall();

    /** Events older than this are not turned into messages (a topic configured today does not replay history). */
    @WithDefault("P2D")
    Duration eventLookback();

    /** How often each instance reads events and sends due messages ("off": not on this instance). */
    @WithDefault("10s")
    String every();

    /** Messages handled per transaction by the sender. */
    @WithDefault("100")
    int batchSize();

    /** Sends of one message before it is FAILED. */
    @WithDefault("5")
    int maxAttempts();

    /** Wait after the first failed attempt; doubled after each further one. */
    @WithDefault("PT1M")
    Duration retryBackoff();

    /** A message SENDING this long without an answer is checked with its provider before it is sent again. */
    @WithDefault("PT2M")
    Duration sendingLease();

    interface QuietHours {
        @WithDefault("21:00")
        LocalTime start();

        @WithDefault("08:00")
        LocalTime end();
    }

    interface FrequencyCap {
        /** Non-urgent messages a contact gets at most within the window. */
        @WithDefault("3")
        int max();

        @WithDefault("P1D")
        Duration window();
    }
}
