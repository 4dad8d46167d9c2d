package io.fieldback.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fieldback.notification.ProvidersProfile.STUB;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

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
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** FCM refreshes tokens: the newer token of a device replaces the older; a token follows its device to another contact. */
@QuarkusTest
@TestProfile(ProvidersProfile.class)
class PushTokenTest {

    private static final String SEND = "/v1/projects/fieldback-test/messages:send";

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

    private static String token(String name) {
        return name + "-" + UUID.randomUUID() + ":APA91b";
    }

    private static void register(UUID contact, String token, String device) {
        admin().body(Map.of("channel", "PUSH", "address", token, "device", device))
                .post("/api/v1/notification-contacts/" + contact + "/identities").then().statusCode(201);
    }

    private static Map<String, Object> identity(UUID contact, String token) {
        List<Map<String, Object>> all = admin().get("/api/v1/notification-contacts/" + contact + "/identities").then()
                .statusCode(200).extract().path("$");
        return all.stream().filter(i -> token.equals(i.get("address"))).findFirst().orElseThrow();
    }

    private static int pushesTo(String token) {
        return STUB.findAll(postRequestedFor(urlPathEqualTo(SEND))
                .withRequestBody(matchingJsonPath("$.message.token", equalTo(token)))).size();
    }

    @Test
    void aRefreshedTokenReplacesTheOlderOneOfTheSameDevice() {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        NotificationFixtures.topic("test.push", Map.of("fields", List.of("startsAt"), "channels", List.of("PUSH")));
        NotificationFixtures.template("test.push", "PUSH", "预约{startsAt}");
        f.at(LocalTime.of(10, 0));
        STUB.stubFor(post(urlPathEqualTo(SEND)).willReturn(aResponse().withHeader("Content-Type", "application/json")
                .withBody("{\"name\":\"projects/fieldback-test/messages/0:1\"}")));
        UUID contact = f.contact("吕师傅", true);
        String old = token("old");
        String fresh = token("fresh");
        String tablet = token("tablet");
        register(contact, old, "phone-1");
        register(contact, tablet, "tablet-1");
        register(contact, fresh, "phone-1");
        assertThat(identity(contact, old)).containsEntry("active", false).containsEntry("droppedReason", "REPLACED");
        assertThat(identity(contact, fresh)).containsEntry("active", true).containsEntry("device", "phone-1");
        assertThat(identity(contact, tablet)).containsEntry("active", true);

        f.record("test.push", Map.of("startsAt", "周一"));
        f.run();
        assertThat(f.only(contact)).containsEntry("status", "SENT").containsEntry("channel", "PUSH");
        assertThat(pushesTo(old)).isZero();
        // the newest active token takes the message
        assertThat(pushesTo(fresh)).isEqualTo(1);
        assertThat(pushesTo(tablet)).isZero();
    }

    @Test
    void aTokenRegisteredForAnotherContactLeavesTheFirst() {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        NotificationFixtures.topic("test.push", Map.of("fields", List.of("startsAt"), "channels", List.of("PUSH")));
        NotificationFixtures.template("test.push", "PUSH", "预约{startsAt}");
        f.at(LocalTime.of(10, 0));
        UUID seller = f.contact("原车主", true);
        UUID buyer = f.contact("新车主", false);
        String token = token("handed-over");
        register(seller, token, "phone-2");
        register(buyer, token, "phone-2");
        assertThat(identity(seller, token)).containsEntry("active", false).containsEntry("droppedReason", "MOVED");
        assertThat(identity(buyer, token)).containsEntry("active", true);
        f.record("test.push", Map.of("startsAt", "周二", "contactId", seller.toString()));
        f.run();
        assertThat(f.only(seller)).containsEntry("status", "SUPPRESSED").containsEntry("reason", "NO_CHANNEL");
        assertThat(pushesTo(token)).isZero();
    }
}
