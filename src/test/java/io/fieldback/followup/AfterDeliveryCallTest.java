package io.fieldback.followup;

import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.followup.internal.AfterDeliveryScheduler;
import io.fieldback.common.TimeSource;
import io.fieldback.customer.CustomerFixtures;
import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The call after delivery: due seven days (the test profile's default) after the delivery date, once per
 * machine, with its own questionnaire and figures, and the rules of every call. The clock stands in a week of
 * the year 2400+ that no other test uses, so the scheduler finds only this test's deliveries.
 */
@QuarkusTest
class AfterDeliveryCallTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String FOLLOWUPS = "/api/v1/followups";

    @Inject
    AfterDeliveryScheduler scheduler;

    @Inject
    TimeSource time;

    private final LocalDate monday = LocalDate.of(2400, 1, 1).with(DayOfWeek.MONDAY)
            .plusWeeks(10 + 3L * ThreadLocalRandom.current().nextInt(4000));
    private final LocalDate tuesday = monday.plusDays(1);

    @BeforeEach
    void tuesdayMorning() {
        time.use(Clock.fixed(tuesday.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant(), ZoneOffset.UTC));
    }

    @AfterEach
    void realTime() {
        time.reset();
    }

    private static UUID callableCustomer() {
        UUID customer = TestData.customer(null);
        CustomerFixtures.contact(customer, CustomerFixtures.contactBody(CustomerFixtures.mobile()));
        return customer;
    }

    private static void machine(UUID customer, LocalDate delivered) {
        Map<String, Object> body = new HashMap<>(CustomerFixtures.equipmentBody(CustomerFixtures.serial()));
        body.put("deliveryDate", delivered.toString());
        body.remove("warrantyUntil");
        CustomerFixtures.equipment(customer, body);
    }

    private static List<Map<String, Object>> calls(UUID customer) {
        return admin().queryParam("customerId", customer.toString()).get(FOLLOWUPS).then().statusCode(200).extract()
                .path("items");
    }

    @Test
    void aDeliveredMachineGetsOneCallTheDelayAfterItsDeliveryAndNotBefore() {
        UUID customer = callableCustomer();
        machine(customer, tuesday.minusDays(7));          // due today 00:00
        UUID later = callableCustomer();
        machine(later, tuesday.minusDays(6));             // due tomorrow

        scheduler.runOnce();
        scheduler.runOnce();

        List<Map<String, Object>> calls = calls(customer);
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0)).containsEntry("purpose", "AFTER_DELIVERY").containsEntry("status", "OPEN")
                .containsEntry("dueAt", tuesday.atStartOfDay(ZONE).toInstant().toString());
        assertThat(calls(later)).isEmpty();
    }

    @Test
    void aCustomerWhoOptsOutAfterTheCallWasScheduledIsNotCalled() {
        UUID customer = callableCustomer();
        machine(customer, tuesday.minusDays(7));
        scheduler.runOnce();
        assertThat(calls(customer)).extracting(c -> c.get("status")).containsExactly("OPEN");

        Map<String, Object> body = new HashMap<>(admin().get("/api/v1/customers/" + customer).then().statusCode(200)
                .extract().jsonPath().getMap(""));
        Map<String, Object> update = new HashMap<>(TestData.customer());
        update.put("code", body.get("code"));
        update.put("doNotCall", true);
        admin().header("If-Match", "*").body(update).put("/api/v1/customers/" + customer).then().statusCode(200);

        assertThat(calls(customer)).singleElement().satisfies(c -> {
            assertThat(c).containsEntry("status", "NOT_ELIGIBLE").containsEntry("ineligibleReason", "DO_NOT_CALL");
        });
    }

    @Test
    void theCallAnswersItsOwnQuestionnaireAndCountsApartFromAfterServiceFigures() {
        UUID customer = callableCustomer();
        machine(customer, tuesday.minusDays(7));
        scheduler.runOnce();
        UUID call = UUID.fromString((String) calls(customer).get(0).get("id"));
        int own = admin().body(Map.of("title", "交车回访问卷", "purpose", "AFTER_DELIVERY", "items", List.of(
                Map.of("code", "handover_satisfied", "prompt", "您对交车过程是否满意？", "type", "YES_NO", "dimension",
                        "SERVICE_ATTITUDE"),
                Map.of("code", "explained", "prompt", "销售人员是否讲解了使用和保养？", "type", "YES_NO"))))
                .post("/api/v1/followups/questionnaires").then().statusCode(201)
                .body("purpose", equalTo("AFTER_DELIVERY")).extract().path("version");
        admin().get("/api/v1/followups/questionnaires/current").then().statusCode(200)
                .body("purpose", equalTo("FIRST_FOLLOW_UP"));
        admin().queryParam("purpose", "AFTER_DELIVERY").get("/api/v1/followups/questionnaires/current").then()
                .statusCode(200).body("version", equalTo(own));

        List<Map<String, Object>> answers = List.of(Map.of("item", "handover_satisfied", "value", true),
                Map.of("item", "explained", "value", true));
        as(Roles.AGENT).body(Map.of("outcome", "COMPLETED", "durationSeconds", 240, "questionnaireVersion", 1,
                "answers", answers)).post(FOLLOWUPS + "/" + call + "/attempts").then().statusCode(400)
                .body("detail", containsString("FIRST_FOLLOW_UP questionnaire"));
        as(Roles.AGENT).body(Map.of("outcome", "COMPLETED", "durationSeconds", 240, "answers", answers))
                .post(FOLLOWUPS + "/" + call + "/attempts").then().statusCode(201);
        admin().get(FOLLOWUPS + "/" + call).then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("questionnaireVersion", equalTo(own));

        // by hand: the week has one completed call, after delivery; the default (after-service) figures see none
        String week = "from=" + monday + "&to=" + monday.plusDays(6);
        as(Roles.ANALYST).get("/api/v1/insights/five-dimensions?" + week).then().statusCode(200)
                .body("total.own.completed", equalTo(0));
        as(Roles.ANALYST).get("/api/v1/insights/five-dimensions?" + week + "&purpose=AFTER_DELIVERY").then()
                .statusCode(200).body("purposes", equalTo(List.of("AFTER_DELIVERY"))).body("total.own.completed", equalTo(1));
        as(Roles.ANALYST).get("/api/v1/insights/satisfaction-index?" + week + "&source=own").then().statusCode(200)
                .body("points[0].respondents", equalTo(0));
    }
}
