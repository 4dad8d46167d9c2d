package io.fieldback.notification;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.DomainEvents;
import io.fieldback.common.TimeSource;
import io.fieldback.notification.internal.NotificationJob;
import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Figures against hand counts: three SMS (one delivered, one failed) and two pushes on topics of this test alone. */
@QuarkusTest
class NotificationFiguresTest {

    @Inject
    DomainEvents events;
    @Inject
    NotificationJob job;
    @Inject
    TimeSource time;

    @AfterEach
    void realTime() {
        time.reset();
    }

    private static JsonPath figures(Instant from, Instant to) {
        return JsonPath.from(Tokens.as(Roles.ANALYST).queryParam("from", from.toString()).queryParam("to", to.toString())
                .get("/api/v1/notifications/figures").then().statusCode(200).extract().asString());
    }

    @Test
    void sentDeliveredFailedCostAndOptOutRateMatchTheHandCount() {
        Instant from = Instant.now().minusSeconds(1);
        Instant to = from.plusSeconds(3600);
        JsonPath before = figures(from, to);
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        String sms = TestData.unique("test.fig-sms").toLowerCase();
        String push = TestData.unique("test.fig-push").toLowerCase();
        NotificationFixtures.topic(sms, Map.of("fields", List.of("x"), "channels", List.of("SMS")));
        NotificationFixtures.template(sms, "SMS", "{x}");
        NotificationFixtures.topic(push, Map.of("fields", List.of("x"), "channels", List.of("PUSH")));
        NotificationFixtures.template(push, "PUSH", "{x}");
        Instant now = f.at(LocalTime.of(10, 0));
        UUID a = f.contact("甲", true);
        UUID b = f.contact("乙", false);
        UUID c = f.contact("丙", false);
        UUID d = f.contact("丁", false);
        NotificationFixtures.identity(a, "SMS", "+8613700000001", null);
        NotificationFixtures.identity(b, "SMS", "+8613700000002", null);
        NotificationFixtures.identity(c, "SMS", "+8613700000003", null);
        NotificationFixtures.identity(a, "PUSH", "push-token-a-" + UUID.randomUUID(), null);
        NotificationFixtures.identity(b, "PUSH", "push-token-b-" + UUID.randomUUID(), null);
        NotificationFixtures.identity(d, "PUSH", "push-token-d-" + UUID.randomUUID(), null);
        NotificationFixtures.optOut(d, "PUSH", "*", true);
        f.record(sms, Map.of("x", "1"));
        f.record(push, Map.of("x", "2"));
        f.run();
        List<Map<String, Object>> smsSent = admin().queryParam("topic", sms).queryParam("status", "SENT").get("/api/v1/notifications").then()
                .statusCode(200).extract().path("items");
        assertThat(smsSent).hasSize(3);
        String receipts = "[{\"out_id\":\"" + smsSent.get(0).get("id") + "\",\"success\":true},{\"out_id\":\""
                + smsSent.get(1).get("id") + "\",\"success\":false,\"err_code\":\"MOBILE_NOT_ON_SERVICE\"}]";
        NotificationWebhookTest.signed(NotificationWebhookTest.RECEIPTS, receipts, now.getEpochSecond()).then().statusCode(200);

        JsonPath after = figures(from, to);
        assertThat(after.getMap("rows.find { it.topic == '" + sms + "' }")).containsEntry("channel", "SMS")
                .containsEntry("sent", 3).containsEntry("delivered", 1).containsEntry("failed", 1)
                .containsEntry("cost", 0.135f);
        // d opted out of push: two pushes, free
        assertThat(after.getMap("rows.find { it.topic == '" + push + "' }")).containsEntry("sent", 2)
                .containsEntry("delivered", 0).containsEntry("failed", 0).containsEntry("cost", 0.0f);
        assertThat(after.getString("currency")).isEqualTo("CNY");
        assertThat(after.getLong("reachableContacts") - before.getLong("reachableContacts")).isEqualTo(4);
        assertThat(after.getLong("optedOutContacts") - before.getLong("optedOutContacts")).isEqualTo(1);
        Tokens.as(Roles.ANALYST).queryParam("from", to.toString()).queryParam("to", from.toString())
                .get("/api/v1/notifications/figures").then().statusCode(400);
    }
}
