package io.fieldback.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fieldback.notification.ProvidersProfile.STUB;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.fieldback.common.DomainEvents;
import io.fieldback.common.TimeSource;
import io.fieldback.notification.internal.NotificationJob;
import io.fieldback.notification.internal.ProviderSigning;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The real adapters against local stubs of Aliyun SMS, FCM v1 and WeChat. */
@QuarkusTest
@TestProfile(ProvidersProfile.class)
class ProviderDeliveryTest {

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

    private static String phone() {
        return "+86139" + (10_000_000 + (int) (Math.random() * 89_999_999));
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void smsTopic(String topic, List<String> channels) {
        NotificationFixtures.topic(topic, Map.of("fields", List.of("startsAt"), "channels", channels));
        NotificationFixtures.template(topic, "SMS", "预约{startsAt}");
    }

    private static void sendSmsAnswers(String phone, String json, int delayMs) {
        STUB.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=SendSms"))
                .withRequestBody(containing("PhoneNumbers=" + enc(phone)))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(json)
                        .withFixedDelay(delayMs)));
    }

    private static List<LoggedRequest> sendSmsRequests(String phone) {
        return STUB.findAll(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=SendSms"))
                .withRequestBody(containing("PhoneNumbers=" + enc(phone))));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new TreeMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    @Test
    void smsGoesOutSignedWithOurIdAsOutId() throws Exception {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        smsTopic("test.sms", List.of("SMS"));
        f.at(LocalTime.of(10, 0));
        String phone = phone();
        UUID contact = f.contact("陈师傅", true);
        NotificationFixtures.identity(contact, "SMS", phone, null);
        sendSmsAnswers(phone, "{\"Message\":\"OK\",\"RequestId\":\"F655A8D5\",\"BizId\":\"900619746936498440^0\",\"Code\":\"OK\"}", 0);
        f.record("test.sms", Map.of("startsAt", "周三"));
        f.run();
        Map<String, Object> n = f.only(contact);
        assertThat(n).containsEntry("status", "SENT").containsEntry("providerMessageId", "900619746936498440^0");
        List<LoggedRequest> requests = sendSmsRequests(phone);
        assertThat(requests).hasSize(1);
        Map<String, String> params = form(requests.get(0).getBodyAsString());
        assertThat(params).containsEntry("OutId", (String) n.get("id")).containsEntry("SignName", "玉柴服务")
                .containsEntry("TemplateCode", "SMS_1234567").containsEntry("SignatureMethod", "HMAC-SHA1")
                .containsEntry("AccessKeyId", "LTAI-test");
        String signature = params.remove("Signature");
        assertThat(signature).isEqualTo(ProviderSigning.aliyun("POST", params, ProvidersProfile.KEY_SECRET));
    }

    @Test
    void aBadNumberFailsTheMessageAndFlagsTheContact() {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        smsTopic("test.sms", List.of("SMS"));
        f.at(LocalTime.of(10, 0));
        String phone = phone();
        UUID contact = f.contact("褚师傅", true);
        NotificationFixtures.identity(contact, "SMS", phone, null);
        sendSmsAnswers(phone, "{\"Message\":\"invalid mobile number\",\"Code\":\"isv.MOBILE_NUMBER_ILLEGAL\"}", 0);
        f.record("test.sms", Map.of("startsAt", "周三"));
        f.run();
        assertThat(f.only(contact)).containsEntry("status", "FAILED").containsEntry("reason", "isv.MOBILE_NUMBER_ILLEGAL");
        admin().get("/api/v1/notification-contacts/" + contact).then().statusCode(200)
                .body("badNumberAt", org.hamcrest.Matchers.notNullValue());
        // the next message does not even try SMS
        f.record("test.sms", Map.of("startsAt", "周四"));
        f.run();
        assertThat(f.notifications(contact).get(1)).containsEntry("status", "SUPPRESSED").containsEntry("reason", "NO_CHANNEL");
        assertThat(sendSmsRequests(phone)).hasSize(1);
    }

    @Test
    void afterATimeOutTheDeliveryReportIsAskedAndNothingIsSentTwice() {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        smsTopic("test.sms", List.of("SMS"));
        Instant start = f.at(LocalTime.of(10, 0));
        String phone = phone();
        UUID contact = f.contact("卫师傅", true);
        NotificationFixtures.identity(contact, "SMS", phone, null);
        // the provider takes the message but answers after our time-out
        sendSmsAnswers(phone, "{\"Code\":\"OK\",\"BizId\":\"777^0\"}", 12_000);
        f.record("test.sms", Map.of("startsAt", "周五"));
        f.run();
        Map<String, Object> n = f.only(contact);
        assertThat(n).containsEntry("status", "SENDING").containsEntry("reason", "UNCONFIRMED");
        STUB.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=QuerySendDetails"))
                .withRequestBody(containing("PhoneNumber=" + enc(phone)))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"Code\":\"OK\",\"TotalCount\":1,\"SmsSendDetailDTOs\":{\"SmsSendDetailDTO\":[{\"OutId\":\""
                                + n.get("id") + "\",\"SendStatus\":3,\"PhoneNum\":\"" + phone + "\"}]}}")));
        f.run(); // within the lease: nothing happens
        assertThat(f.only(contact)).containsEntry("status", "SENDING");
        f.set(start.plus(Duration.ofMinutes(3)));
        f.run();
        assertThat(f.only(contact)).containsEntry("status", "SENT");
        assertThat(sendSmsRequests(phone)).hasSize(1);
    }

    @Test
    void whenTheProviderNeverGotItItIsSentAgainOnce() {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        smsTopic("test.sms", List.of("SMS"));
        Instant start = f.at(LocalTime.of(10, 0));
        String phone = phone();
        UUID contact = f.contact("蒋师傅", true);
        NotificationFixtures.identity(contact, "SMS", phone, null);
        sendSmsAnswers(phone, "{\"Code\":\"OK\",\"BizId\":\"888^0\"}", 12_000);
        f.record("test.sms", Map.of("startsAt", "周六"));
        f.run();
        STUB.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=QuerySendDetails"))
                .withRequestBody(containing("PhoneNumber=" + enc(phone))).willReturn(aResponse()
                        .withHeader("Content-Type", "application/json").withBody("{\"Code\":\"OK\",\"TotalCount\":0}")));
        f.set(start.plus(Duration.ofMinutes(3)));
        f.run();
        assertThat(f.only(contact)).containsEntry("status", "QUEUED").containsEntry("reason", "NOT_RECEIVED_BY_PROVIDER");
        sendSmsAnswers(phone, "{\"Code\":\"OK\",\"BizId\":\"889^0\"}", 0);
        f.set(start.plus(Duration.ofMinutes(10)));
        f.run();
        assertThat(f.only(contact)).containsEntry("status", "SENT").containsEntry("providerMessageId", "889^0")
                .containsEntry("attempts", 2);
        assertThat(sendSmsRequests(phone)).hasSize(2);
    }

    @Test
    void anUnregisteredPushTokenIsDroppedAndTheMessageFallsBackToSms() {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        smsTopic("test.push-then-sms", List.of("PUSH", "SMS"));
        NotificationFixtures.template("test.push-then-sms", "PUSH", "预约{startsAt}");
        f.at(LocalTime.of(10, 0));
        String phone = phone();
        String token = "stale-token-" + UUID.randomUUID();
        UUID contact = f.contact("沈女士", true);
        NotificationFixtures.identity(contact, "PUSH", token, null);
        NotificationFixtures.identity(contact, "SMS", phone, null);
        STUB.stubFor(post(urlPathEqualTo("/v1/projects/fieldback-test/messages:send"))
                .withHeader("Authorization", equalTo("Bearer ya29.test"))
                .withRequestBody(matchingJsonPath("$.message.token", equalTo(token)))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(
                        "{\"error\":{\"code\":404,\"message\":\"Requested entity was not found.\",\"status\":\"NOT_FOUND\","
                                + "\"details\":[{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\","
                                + "\"errorCode\":\"UNREGISTERED\"}]}}")));
        sendSmsAnswers(phone, "{\"Code\":\"OK\",\"BizId\":\"555^0\"}", 0);
        f.record("test.push-then-sms", Map.of("startsAt", "周日"));
        f.run();
        f.run();
        assertThat(f.only(contact)).containsEntry("status", "SENT").containsEntry("channel", "SMS");
        admin().get("/api/v1/notification-contacts/" + contact + "/identities").then().statusCode(200)
                .body("find { it.channel == 'PUSH' }.active", org.hamcrest.Matchers.equalTo(false))
                .body("find { it.channel == 'PUSH' }.droppedReason", org.hamcrest.Matchers.equalTo("UNREGISTERED"));
    }

    @Test
    void weChatSubscriptionMessagesUseTheApprovedTemplate() {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        NotificationFixtures.topic("test.wechat", Map.of("fields", List.of("startsAt"), "channels", List.of("WECHAT")));
        NotificationFixtures.template("test.wechat", "WECHAT", "预约{startsAt}");
        f.at(LocalTime.of(10, 0));
        String openid = "oWx" + UUID.randomUUID().toString().replace("-", "");
        UUID contact = f.contact("韩先生", true);
        NotificationFixtures.identity(contact, "WECHAT", openid, 1);
        STUB.stubFor(post(urlPathEqualTo("/cgi-bin/message/subscribe/send"))
                .withRequestBody(matchingJsonPath("$.touser", equalTo(openid)))
                .withRequestBody(matchingJsonPath("$.template_id", equalTo("SMS_1234567")))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":294402298110051942}")));
        f.record("test.wechat", Map.of("startsAt", "周一"));
        f.run();
        assertThat(f.only(contact)).containsEntry("status", "SENT").containsEntry("providerMessageId", "294402298110051942");
    }
}
