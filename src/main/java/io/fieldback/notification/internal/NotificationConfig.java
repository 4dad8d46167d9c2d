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

    /**
     * Provider calls a sender makes at once (each instance). A batch's answers are written when its last call
     * returns, so the sending lease must be longer than a batch takes to send.
     */
    @WithDefault("4")
    int sendParallelism();

    /** Sends of one message before it is FAILED. */
    @WithDefault("5")
    int maxAttempts();

    /** Wait after the first failed attempt; doubled after each further one. */
    @WithDefault("PT1M")
    Duration retryBackoff();

    /** A message SENDING this long without an answer is checked with its provider before it is sent again. */
    @WithDefault("PT2M")
    Duration sendingLease();

    Sms sms();

    Fcm fcm();

    WeChat wechat();

    Email email();

    Webhook webhook();

    Weekly weekly();

    Prices prices();

    /** What one message costs per channel (figures only). */
    interface Prices {
        @WithDefault("CNY")
        String currency();

        @WithDefault("0.045")
        java.math.BigDecimal sms();

        @WithDefault("0")
        java.math.BigDecimal push();

        @WithDefault("0")
        java.math.BigDecimal wechat();

        @WithDefault("0")
        java.math.BigDecimal email();
    }

    /** The weekly follow-up report's distribution. */
    interface Weekly {
        /** When the previous week is frozen and mailed, in the follow-up time zone ("off": not here). */
        @WithDefault("0 0 8 ? * MON")
        String cron();

        /** Signs the mailed links to the report page (shared by all instances); unset: no mail goes out. */
        java.util.Optional<String> linkSecret();

        /** How long a mailed link opens the page. */
        @WithDefault("P14D")
        Duration linkValidity();

        /** The public base URL the links start with. */
        @WithDefault("http://localhost:8080")
        String linkBaseUrl();
    }

    /** An Aliyun-SendSms-style SMS gateway (signed HTTP, HMAC-SHA1). */
    interface Sms {
        @WithDefault("false")
        boolean enabled();

        @WithDefault("https://dysmsapi.aliyuncs.com")
        String endpoint();

        java.util.Optional<String> accessKeyId();

        java.util.Optional<String> accessKeySecret();

        @WithDefault("fieldback")
        String signName();

        @WithDefault("PT5S")
        Duration timeout();
    }

    /** Firebase Cloud Messaging, HTTP v1. */
    interface Fcm {
        @WithDefault("false")
        boolean enabled();

        @WithDefault("https://fcm.googleapis.com")
        String endpoint();

        java.util.Optional<String> projectId();

        /** OAuth2 access token of the service account (from the deployment's token refresher). */
        java.util.Optional<String> accessToken();

        @WithDefault("PT5S")
        Duration timeout();
    }

    /** Customer e-mail through quarkus-mailer (the SMTP server is quarkus.mailer.*). */
    interface Email {
        @WithDefault("false")
        boolean enabled();

        /** Subject of a mail whose template has none. */
        @WithDefault("fieldback")
        String defaultSubject();
    }

    /** WeChat subscription messages (mini program / official account). */
    interface WeChat {
        @WithDefault("false")
        boolean enabled();

        @WithDefault("https://api.weixin.qq.com")
        String endpoint();

        java.util.Optional<String> accessToken();

        @WithDefault("PT5S")
        Duration timeout();
    }

    /** Provider webhooks (delivery receipts, inbound replies) are signed with this shared secret. */
    interface Webhook {
        java.util.Optional<String> secret();

        /** A signed request older (or newer) than this is refused as a replay. */
        @WithDefault("PT5M")
        Duration tolerance();
    }

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
