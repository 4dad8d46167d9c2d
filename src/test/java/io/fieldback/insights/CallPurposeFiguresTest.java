package io.fieldback.insights;

import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.as;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.complaint.ComplaintFixtures;
import io.fieldback.customer.CustomerFixtures;
import io.fieldback.followup.SecondSatisfactionScheduler;
import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Issue 15, observation 2: first-call figures count only first follow-up calls. In a week of its own: 6 first
 * calls, 3 of them satisfied on all five items, and 4 second-satisfaction calls after closed complaints, 3 of
 * them satisfied. Every call is made through the API as agents and handlers make them.
 */
@QuarkusTest
class CallPurposeFiguresTest {

    private static final String FOLLOWUPS = "/api/v1/followups";

    @Inject
    SecondSatisfactionScheduler secondSatisfaction;

    @AfterEach
    void realTime() {
        ComplaintFixtures.time().reset();
    }

    private static UUID callableCustomer() {
        UUID customer = TestData.customer(null);
        CustomerFixtures.contact(customer, CustomerFixtures.contactBody(CustomerFixtures.mobile()));
        return customer;
    }

    private static List<Map<String, Object>> answers(boolean satisfied) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String dimension : List.of("quality", "attitude", "speed", "proactive")) {
            answers.add(Map.of("item", dimension + "_satisfied", "value", satisfied || !dimension.equals("quality")));
            answers.add(Map.of("item", dimension + "_score", "value", satisfied || !dimension.equals("quality") ? 5 : 2));
        }
        return answers;
    }

    private static void complete(UUID call, boolean satisfied) {
        Map<String, Object> body = new HashMap<>();
        body.put("outcome", "COMPLETED");
        body.put("durationSeconds", 240);
        body.put("questionnaireVersion", 1);
        body.put("answers", answers(satisfied));
        RestAssured.given().auth().oauth2(io.fieldback.support.Tokens.token(TestData.unique("agent"), Roles.AGENT,
                null, null)).contentType("application/json").body(body).post(FOLLOWUPS + "/" + call + "/attempts")
                .then().statusCode(201);
    }

    /** The week's data; returns its Monday. */
    private LocalDate aWeekOfFirstAndSecondCalls() {
        LocalDate monday = InsightsFixtures.freshMonday();
        Instant wednesday = InsightsFixtures.at(monday.plusDays(2), 10, 0);
        // 6 first calls made by hand, due on Tuesday
        for (int i = 0; i < 6; i++) {
            UUID customer = callableCustomer();
            UUID call = UUID.fromString(admin().body(Map.of("customerId", customer.toString(), "dueAt",
                    InsightsFixtures.at(monday.plusDays(1), 9, i).toString())).post(FOLLOWUPS).then().statusCode(201)
                    .body("purpose", equalTo("FIRST_FOLLOW_UP")).extract().path("id"));
            complete(call, i < 3);
        }
        // 4 complaints received a month before and closed on Wednesday; their second-satisfaction calls
        ComplaintFixtures.at(wednesday.minus(Duration.ofDays(31)));
        List<UUID> complaints = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID complaint = ComplaintFixtures.create(ComplaintFixtures.body(callableCustomer()));
            ComplaintFixtures.toRemedyDone(complaint);
            complaints.add(complaint);
        }
        ComplaintFixtures.at(wednesday);
        complaints.forEach(c -> ComplaintFixtures.step(c, "VERIFIED", "CLOSED"));
        secondSatisfaction.runOnce();
        for (int i = 0; i < 4; i++) {
            List<Map<String, Object>> calls = admin().queryParam("complaintId", complaints.get(i).toString())
                    .get(FOLLOWUPS).then().statusCode(200).extract().path("items");
            org.assertj.core.api.Assertions.assertThat(calls).hasSize(1);
            org.assertj.core.api.Assertions.assertThat(calls.get(0).get("purpose")).isEqualTo("SECOND_SATISFACTION");
            complete(UUID.fromString((String) calls.get(0).get("id")), i < 3);
        }
        return monday;
    }

    private static ValidatableResponse get(String path, String query) {
        return as(Roles.ANALYST).get("/api/v1/insights/" + path + "?" + query).then().statusCode(200);
    }

    @Test
    void firstCallFiguresCountFirstCallsOnlyAndEveryFigureCanBeCutByPurpose() {
        LocalDate monday = aWeekOfFirstAndSecondCalls();
        String week = "from=" + monday + "&to=" + monday.plusDays(6);

        String s = "points[0].satisfaction.";
        get("satisfaction-index", week + "&source=own").body("purposes", equalTo(List.of("FIRST_FOLLOW_UP")))
                .body("points[0].respondents", equalTo(6))
                .body(s + "firstCallRespondents", equalTo(6)).body(s + "firstCallSatisfied", equalTo(3))
                .body(s + "secondAsked", equalTo(4)).body(s + "secondSatisfied", equalTo(3));
        // every purpose: the index's answers come from all 10 calls, the first-call figures still from 6
        get("satisfaction-index", week + "&source=own&purpose=FIRST_FOLLOW_UP&purpose=SECOND_SATISFACTION")
                .body("points[0].respondents", equalTo(10))
                .body(s + "firstCallRespondents", equalTo(6)).body(s + "firstCallSatisfied", equalTo(3));
        get("satisfaction-index", week + "&source=own&purpose=SECOND_SATISFACTION")
                .body("points[0].respondents", equalTo(4)).body(s + "firstCallRespondents", equalTo(0));

        // five dimensions: first calls by default; grouped by purpose, each on its own
        get("five-dimensions", week).body("purposes", equalTo(List.of("FIRST_FOLLOW_UP")))
                .body("total.own.completed", equalTo(6)).body("total.own.dimensions[0].satisfied", equalTo(3));
        ValidatableResponse byPurpose = get("five-dimensions", week + "&groupBy=purpose"
                + "&purpose=FIRST_FOLLOW_UP&purpose=SECOND_SATISFACTION");
        byPurpose.body("groups.key", equalTo(List.of("FIRST_FOLLOW_UP", "SECOND_SATISFACTION")))
                .body("groups[0].own.completed", equalTo(6)).body("groups[0].own.dimensions[0].satisfied", equalTo(3))
                .body("groups[1].own.completed", equalTo(4)).body("groups[1].own.dimensions[0].satisfied", equalTo(3))
                .body("total.own.completed", equalTo(10));

        // the weekly report counts first calls: 6 respondents, 3 satisfied on all five
        String isoWeek = InsightsFixtures.isoWeek(monday);
        as(Roles.ANALYST).get("/api/v1/insights/weekly-reports/" + isoWeek).then().statusCode(200)
                .body("purposes", equalTo(List.of("FIRST_FOLLOW_UP")))
                .body("fiveDimensions.own.respondents", equalTo(6))
                .body("index.satisfaction.firstCallRespondents", equalTo(6))
                .body("index.satisfaction.firstCallSatisfied", equalTo(3));
    }

    @Test
    void anUnknownPurposeIsABadRequest() {
        as(Roles.ANALYST).get("/api/v1/insights/five-dimensions?from=2026-11-02&to=2026-11-08&purpose=SALES")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
