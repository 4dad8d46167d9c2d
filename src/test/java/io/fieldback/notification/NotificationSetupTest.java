package io.fieldback.notification;

import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fieldback.common.DomainEvents;
import io.fieldback.common.TimeSource;
import io.fieldback.notification.internal.NotificationJob;
import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Topics, versioned templates, identities and preferences: what has to exist before a message can go out. */
@QuarkusTest
class NotificationSetupTest {

    @Inject
    DomainEvents events;
    @Inject
    NotificationJob job;
    @Inject
    TimeSource time;

    private static String freshTopic() {
        return TestData.unique("test.setup").toLowerCase();
    }

    private static Map<String, Object> bookingRules() {
        return Map.of("fields", List.of("startsAt", "stationId"), "channels", List.of("WECHAT", "SMS"));
    }

    @Test
    void templatesAreVersionedPerTopicChannelAndLocale() {
        String topic = freshTopic();
        NotificationFixtures.topic(topic, bookingRules());
        Map<String, Object> first = Map.of("topic", topic, "channel", "SMS", "locale", "zh-CN",
                "body", "{contactName}您好，您的预约时间为{startsAt}", "providerTemplateId", "SMS_100");
        admin().body(first).post("/api/v1/notification-templates").then().statusCode(201)
                .header("Location", containsString("/api/v1/notification-templates/"))
                .body("templateVersion", equalTo(1)).body("providerTemplateId", equalTo("SMS_100"));
        admin().body(Map.of("topic", topic, "channel", "SMS", "locale", "zh-CN", "body", "预约已确认：{startsAt}",
                "providerTemplateId", "SMS_101")).post("/api/v1/notification-templates").then().statusCode(201)
                .body("templateVersion", equalTo(2));
        admin().body(Map.of("topic", topic, "channel", "EMAIL", "locale", "en", "subject", "Booking {startsAt}",
                "body", "Dear {contactName}")).post("/api/v1/notification-templates").then().statusCode(201)
                .body("templateVersion", equalTo(1));
        admin().get(NotificationFixtures.TOPICS + topic + "/templates").then().statusCode(200).body("$", hasSize(3))
                .body("findAll { it.channel == 'SMS' }.templateVersion", equalTo(List.of(1, 2)));
    }

    @Test
    void unknownPlaceholderIsRefusedAtCreation() {
        String topic = freshTopic();
        NotificationFixtures.topic(topic, bookingRules());
        admin().body(Map.of("topic", topic, "channel", "PUSH", "locale", "zh-CN", "body", "技师{technicianName}已出发"))
                .post("/api/v1/notification-templates").then().statusCode(400)
                .body("errors[0].field", equalTo("body")).body("detail", containsString("technicianName"));
        admin().body(Map.of("topic", topic, "channel", "EMAIL", "locale", "zh-CN", "subject", "{nope}", "body", "ok"))
                .post("/api/v1/notification-templates").then().statusCode(400).body("errors[0].field", equalTo("subject"));
        admin().body(Map.of("topic", topic, "channel", "PUSH", "locale", "zh-CN", "body", "{#if startsAt}x"))
                .post("/api/v1/notification-templates").then().statusCode(400);
        admin().body(Map.of("topic", topic, "channel", "SMS", "locale", "zh-CN", "body", "{startsAt}"))
                .post("/api/v1/notification-templates").then().statusCode(400)
                .body("errors[0].field", equalTo("providerTemplateId"));
        admin().body(Map.of("topic", "no.such-topic", "channel", "PUSH", "locale", "zh-CN", "body", "x"))
                .post("/api/v1/notification-templates").then().statusCode(400).body("errors[0].field", equalTo("topic"));
        admin().get(NotificationFixtures.TOPICS + topic + "/templates").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void topicRulesNeedIfMatchToChangeAndOnlyAdminsChangeThem() {
        String topic = freshTopic();
        admin().body(bookingRules()).put(NotificationFixtures.TOPICS + topic).then().statusCode(200)
                .body("channels", equalTo(List.of("WECHAT", "SMS"))).body("urgent", equalTo(false));
        admin().body(bookingRules()).put(NotificationFixtures.TOPICS + topic).then().statusCode(428);
        admin().body(Map.of("channels", List.of())).put(NotificationFixtures.TOPICS + freshTopic()).then().statusCode(400);
        admin().body(Map.of("channels", List.of("SMS"), "expiredBy", List.of("visit.completed")))
                .put(NotificationFixtures.TOPICS + freshTopic()).then().statusCode(400)
                .body("errors[0].field", equalTo("subjectField"));
        Tokens.as(Roles.AGENT).body(bookingRules()).put(NotificationFixtures.TOPICS + freshTopic()).then().statusCode(403);
        Tokens.as(Roles.AGENT).get(NotificationFixtures.TOPICS + topic).then().statusCode(200);
        admin().get(NotificationFixtures.TOPICS + "never.made").then().statusCode(404);
    }

    @Test
    void phoneIdentitiesMustBeE164AndWeChatCarriesCredits() {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        UUID contact = f.contact("王师傅", true);
        String base = "/api/v1/notification-contacts/" + contact + "/identities";
        admin().body(Map.of("channel", "SMS", "address", "13912345678")).post(base).then().statusCode(400)
                .body("errors[0].field", equalTo("address")).body("detail", containsString("E.164"));
        admin().body(Map.of("channel", "SMS", "address", "+8613912345678")).post(base).then().statusCode(201);
        admin().body(Map.of("channel", "SMS", "address", "+8613912345678")).post(base).then().statusCode(200);
        admin().body(Map.of("channel", "WECHAT", "address", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o", "credits", 2)).post(base)
                .then().statusCode(201).body("credits", equalTo(2));
        admin().body(Map.of("channel", "PUSH", "address", "fcm-token-0123456789abcdef")).post(base).then()
                .statusCode(201).body("credits", nullValue());
        admin().body(Map.of("channel", "EMAIL", "address", "not-an-address")).post(base).then().statusCode(400);
        admin().get(base).then().statusCode(200).body("$", hasSize(3));
        admin().body(Map.of("channel", "SMS", "address", "+8613912345678"))
                .post("/api/v1/notification-contacts/" + UUID.randomUUID() + "/identities").then().statusCode(404);
    }

    @Test
    void preferencesAndProfileAreKeptPerContact() {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        UUID contact = f.contact("赵女士", true);
        String base = "/api/v1/notification-contacts/" + contact;
        NotificationFixtures.optOut(contact, "SMS", "*", true);
        NotificationFixtures.optOut(contact, "SMS", "booking.confirmed", false);
        NotificationFixtures.optOut(contact, "SMS", "*", true);
        admin().get(base + "/preferences").then().statusCode(200).body("$", hasSize(2))
                .body("find { it.topic == '*' }.optedOut", equalTo(true)).body("source", equalTo(List.of("API", "API")));
        admin().body(Map.of("channel", "SMS", "topic", "Bad Topic!", "optedOut", true)).put(base + "/preferences")
                .then().statusCode(400);
        admin().get(base).then().statusCode(200).body("timeZone", nullValue()).body("version", equalTo(0));
        admin().body(Map.of("timeZone", "Mars/Olympus")).put(base).then().statusCode(400);
        String etag = admin().body(Map.of("timeZone", "Asia/Urumqi", "locale", "zh-CN")).put(base).then()
                .statusCode(200).extract().header("ETag");
        admin().body(Map.of("timeZone", "Asia/Shanghai")).put(base).then().statusCode(428);
        admin().header("If-Match", etag).body(Map.of("timeZone", "Asia/Shanghai")).put(base).then().statusCode(200)
                .body("timeZone", equalTo("Asia/Shanghai"));
        Tokens.as(Roles.ANALYST).get(base).then().statusCode(403);
    }
}
