package io.fieldback.notification;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
import io.fieldback.notification.internal.WebhookSignatures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/** Signed provider webhooks: delivery reports and STOP replies; unsigned or replayed ones change nothing. */
@QuarkusTest
class NotificationWebhookTest {

    static final String SECRET = "test-webhook-secret";
    static final String RECEIPTS = "/api/v1/notification-webhooks/sms/receipts";
    static final String REPLIES = "/api/v1/notification-webhooks/sms/replies";

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

    static Response signed(String path, String body, long epochSecond) {
        String ts = Long.toString(epochSecond);
        return RestAssured.given().contentType("application/json").header("X-Signature-Timestamp", ts)
                .header("X-Signature", WebhookSignatures.sign(SECRET, ts, body)).body(body).post(path);
    }

    private Map<String, Object> sentMessage(NotificationFixtures f, UUID contact, String phone) {
        NotificationFixtures.identity(contact, "SMS", phone, null);
        NotificationFlowTest.bookingTopic();
        f.record("booking.confirmed", Map.of("startsAt", "周一"));
        f.run();
        return f.only(contact);
    }

    @Test
    void aSignedReceiptMarksTheMessageDeliveredAndAReplayIsRefused() {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        Instant now = f.at(LocalTime.of(10, 0));
        UUID contact = f.contact("吴师傅", true);
        Map<String, Object> sent = sentMessage(f, contact, "+8613955556666");
        assertThat(sent).containsEntry("status", "SENT");
        String body = "[{\"out_id\":\"" + sent.get("id") + "\",\"biz_id\":\"900619746936498440^0\",\"success\":true,"
                + "\"err_code\":\"DELIVERED\",\"report_time\":\"2026-12-07 10:00:05\"}]";
        // unsigned, badly signed, stale: 401, nothing changes
        RestAssured.given().contentType("application/json").body(body).post(RECEIPTS).then().statusCode(401);
        RestAssured.given().contentType("application/json").header("X-Signature-Timestamp", now.getEpochSecond())
                .header("X-Signature", "bm9wZQ==").body(body).post(RECEIPTS).then().statusCode(401);
        signed(RECEIPTS, body, now.getEpochSecond() - 3600).then().statusCode(401);
        assertThat(f.only(contact)).containsEntry("status", "SENT");
        signed(RECEIPTS, body, now.getEpochSecond()).then().statusCode(200).body("code", equalTo(0))
                .body("matched", equalTo(1));
        assertThat(f.only(contact)).containsEntry("status", "DELIVERED").containsKey("deliveredAt");
        // the very same signed request again is a replay
        String ts = Long.toString(now.getEpochSecond());
        RestAssured.given().contentType("application/json").header("X-Signature-Timestamp", ts)
                .header("X-Signature", WebhookSignatures.sign(SECRET, ts, body)).body(body).post(RECEIPTS)
                .then().statusCode(401);
    }

    @Test
    void aReceiptForAnUnknownMessageIsAcceptedAndIgnored() {
        Instant now = Instant.now();
        signed(RECEIPTS, "[{\"out_id\":\"" + UUID.randomUUID() + "\",\"success\":true},{\"out_id\":\"garbage\"}]",
                now.getEpochSecond()).then().statusCode(200).body("matched", equalTo(0));
        signed(RECEIPTS, "{\"not\":\"an array\"}", now.getEpochSecond()).then().statusCode(400);
    }

    @Test
    void aFailedReportForABadNumberFailsTheMessageAndFlagsTheContact() {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        Instant now = f.at(LocalTime.of(10, 0));
        UUID contact = f.contact("郑先生", true);
        Map<String, Object> sent = sentMessage(f, contact, "+8613966667777");
        signed(RECEIPTS, "[{\"out_id\":\"" + sent.get("id") + "\",\"success\":false,\"err_code\":\"MOBILE_NOT_ON_SERVICE\"}]",
                now.getEpochSecond()).then().statusCode(200).body("matched", equalTo(1));
        assertThat(f.only(contact)).containsEntry("status", "FAILED").containsEntry("reason", "MOBILE_NOT_ON_SERVICE");
        admin().get("/api/v1/notification-contacts/" + contact).then().statusCode(200)
                .body("badNumberAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aStopReplyOptsTheNumberOutOfSms() {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        Instant now = f.at(LocalTime.of(10, 0));
        UUID contact = f.contact("冯女士", true);
        String local = "139" + (10_000_000 + (int) (Math.random() * 89_999_999));
        NotificationFixtures.identity(contact, "SMS", "+86" + local, null);
        signed(REPLIES, "[{\"phone_number\":\"" + local + "\",\"content\":\"你好\"}]", now.getEpochSecond())
                .then().statusCode(200).body("optedOut", equalTo(0));
        signed(REPLIES, "[{\"phone_number\":\"" + local + "\",\"content\":\" td \",\"send_time\":\"2026-12-07 10:00:00\"}]",
                now.getEpochSecond()).then().statusCode(200).body("optedOut", equalTo(1));
        admin().get("/api/v1/notification-contacts/" + contact + "/preferences").then().statusCode(200)
                .body("topic", equalTo(List.of("*"))).body("source", equalTo(List.of("REPLY")))
                .body("optedOut", equalTo(List.of(true)));
        NotificationFlowTest.bookingTopic();
        f.record("booking.confirmed", Map.of("startsAt", "周二"));
        f.run();
        assertThat(f.only(contact)).containsEntry("status", "SUPPRESSED").containsEntry("reason", "OPTED_OUT");
    }
}
