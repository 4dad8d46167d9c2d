package io.fieldback.notification;

import static io.fieldback.support.Tokens.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.common.DomainEvents;
import io.fieldback.common.UuidV7;
import io.fieldback.notification.internal.NotificationIntake;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Notification records for tests outside this package (the tenancy matrix). */
public final class NotificationSamples {

    public static final String TOPIC = "tenancy.sample";

    private NotificationSamples() {
    }

    public static String topic() {
        if (admin().get(NotificationFixtures.TOPICS + TOPIC).statusCode() == 404) {
            admin().body(Map.of("fields", List.of("note"), "channels", List.of("SMS"))).put(NotificationFixtures.TOPICS + TOPIC)
                    .then().statusCode(200);
        }
        return TOPIC;
    }

    private static final Map<UUID, UUID> NOTIFICATIONS = new java.util.concurrent.ConcurrentHashMap<>();
    private static volatile UUID template;

    public static UUID template() {
        if (template == null) {
            template = newTemplate();
        }
        return template;
    }

    private static UUID newTemplate() {
        return UUID.fromString(admin().body(Map.of("topic", topic(), "channel", "PUSH", "locale", "zh-CN",
                "body", "{note}")).post("/api/v1/notification-templates").then().statusCode(201).extract().path("id"));
    }

    /** A fresh active weekly-report subscription (each DELETE uses one up). */
    public static UUID subscription() {
        return UUID.fromString(admin().body(Map.of("email", "qa@example.com", "name", "质量部", "audience", "DEPARTMENT",
                "departmentCode", "QA")).post("/api/v1/report-subscriptions").then().statusCode(201).extract().path("id"));
    }

    private static volatile UUID snapshot;

    /** A frozen weekly report of the network (week 2026-W40). */
    public static UUID snapshot() {
        if (snapshot == null) {
            snapshot = Arc.container().instance(io.fieldback.notification.internal.ReportDistribution.class).get()
                    .freeze("2026-W40", null);
        }
        return snapshot;
    }

    private static volatile UUID emptyDealer;
    private static volatile UUID campaign;

    /** A greeting campaign to a dealer without customers: valid, and it makes no message. */
    public static Map<String, Object> campaignBody() {
        if (emptyDealer == null) {
            emptyDealer = io.fieldback.support.TestData.dealer();
        }
        java.time.Instant now = java.time.Instant.now();
        return Map.of("name", "tenancy", "topic", topic(), "payload", Map.of("note", "x"), "segment",
                Map.of("dealerId", emptyDealer.toString()), "sendFrom", now.toString(), "sendUntil",
                now.plusSeconds(3600).toString(), "ratePerMinute", 60);
    }

    public static UUID campaign() {
        if (campaign == null) {
            campaign = UUID.fromString(admin().body(campaignBody()).post("/api/v1/notification-campaigns").then()
                    .statusCode(201).extract().path("id"));
        }
        return campaign;
    }

    /** A queued message to the customer's contacts, made the way an event makes one. */
    public static UUID notification(UUID customer) {
        return NOTIFICATIONS.computeIfAbsent(customer, NotificationSamples::newNotification);
    }

    private static UUID newNotification(UUID customer) {
        topic();
        DomainEvents events = Arc.container().instance(DomainEvents.class).get();
        UUID event = QuarkusTransaction.requiringNew().call(() -> events.record(TOPIC, UuidV7.next(), null,
                Map.of("customerId", customer.toString(), "note", "x")).id);
        Arc.container().instance(NotificationIntake.class).get().run();
        return UUID.fromString(admin().queryParam("eventId", event.toString()).get("/api/v1/notifications").then()
                .statusCode(200).extract().path("items[0].id"));
    }
}
