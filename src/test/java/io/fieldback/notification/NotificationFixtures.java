package io.fieldback.notification;

import static io.fieldback.support.Tokens.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.common.DomainEvents;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.notification.internal.NotificationJob;
import io.fieldback.support.TestData;
import io.restassured.path.json.JsonPath;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** A customer with contacts of its own per test, events recorded as other features would, and the job run by hand. */
final class NotificationFixtures {

    static final String TOPICS = "/api/v1/notification-topics/";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final UUID dealer = TestData.dealer();
    final UUID customer = TestData.customer(dealer);
    private final DomainEvents events;
    private final NotificationJob job;
    private final TimeSource time;

    NotificationFixtures(DomainEvents events, NotificationJob job, TimeSource time) {
        this.events = events;
        this.job = job;
        this.time = time;
    }

    UUID contact(String name, boolean preferred) {
        return UUID.fromString(admin().body(Map.of("name", name, "role", "DRIVER", "phone", "+8613912345678",
                "preferred", preferred)).post("/api/v1/customers/" + customer + "/contacts").then().statusCode(201)
                .extract().path("id"));
    }

    static void identity(UUID contact, String channel, String address, Integer credits) {
        Map<String, Object> body = new HashMap<>(Map.of("channel", channel, "address", address));
        if (credits != null) {
            body.put("credits", credits);
        }
        admin().body(body).post("/api/v1/notification-contacts/" + contact + "/identities").then().statusCode(201);
    }

    static void optOut(UUID contact, String channel, String topic, boolean out) {
        admin().body(Map.of("channel", channel, "topic", topic, "optedOut", out))
                .put("/api/v1/notification-contacts/" + contact + "/preferences").then().statusCode(200);
    }

    /** Creates the topic, or brings it to this body (If-Match from a read) when another test made it first. */
    static void topic(String topic, Map<String, Object> body) {
        var read = admin().get(TOPICS + topic);
        var put = admin().body(body);
        if (read.statusCode() == 200) {
            put = put.header("If-Match", read.header("ETag"));
        }
        put.put(TOPICS + topic).then().statusCode(200);
    }

    static void template(String topic, String channel, String body) {
        Map<String, Object> request = new HashMap<>(Map.of("topic", topic, "channel", channel, "locale", "zh-CN",
                "body", body));
        if (channel.equals("SMS") || channel.equals("WECHAT")) {
            request.put("providerTemplateId", "SMS_1234567");
        }
        admin().body(request).post("/api/v1/notification-templates").then().statusCode(201);
    }

    /** Records an event the way its feature would, in a transaction of its own. */
    UUID record(String topic, Map<String, Object> payload) {
        Map<String, Object> withCustomer = new HashMap<>(payload);
        withCustomer.putIfAbsent("customerId", customer.toString());
        return QuarkusTransaction.requiringNew().call(() -> events.record(topic, UuidV7.next(), dealer, withCustomer).id);
    }

    void run() {
        job.runOnce();
    }

    /** Moves the clock to the next time this local time of day comes in Shanghai. */
    Instant at(LocalTime local) {
        ZonedDateTime now = ZonedDateTime.now(SHANGHAI);
        ZonedDateTime next = now.with(local);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return set(next.toInstant());
    }

    Instant set(Instant instant) {
        time.use(Clock.fixed(instant, ZoneOffset.UTC));
        return instant;
    }

    List<Map<String, Object>> notifications(UUID contact) {
        return JsonPath.from(admin().queryParam("contactId", contact.toString()).queryParam("limit", 500)
                .get("/api/v1/notifications").then().statusCode(200).extract().asString()).getList("items");
    }

    Map<String, Object> only(UUID contact) {
        List<Map<String, Object>> all = notifications(contact);
        if (all.size() != 1) {
            throw new AssertionError("expected one notification for " + contact + ", got " + all);
        }
        return all.get(0);
    }
}
