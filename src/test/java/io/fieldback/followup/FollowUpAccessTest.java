package io.fieldback.followup;

import static io.fieldback.followup.FollowUpFixtures.FOLLOWUPS;
import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.followup.FollowUpFixtures.Callable;
import io.fieldback.security.Roles;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Who sees calls, and who sees the phone numbers in them. */
@QuarkusTest
class FollowUpAccessTest {

    @Test
    void agentsAndAdminsSeeThePhoneNumberInFull() {
        Callable c = FollowUpFixtures.callable("END_USER");
        UUID call = FollowUpFixtures.manualCall(c.customerId(), c.equipmentId(), Instant.now().plusSeconds(3600));
        FollowUpFixtures.anyAgent().get(FOLLOWUPS + "/" + call).then().statusCode(200)
                .body("contact.phone", equalTo(c.phone()));
        admin().get(FOLLOWUPS + "/" + call).then().statusCode(200).body("contact.phone", equalTo(c.phone()));
    }

    @Test
    void analystsAndHandlersSeeAllCallsWithMaskedPhonesAndNames() {
        Callable c = FollowUpFixtures.callable("END_USER");
        UUID call = FollowUpFixtures.manualCall(c.customerId(), c.equipmentId(), Instant.now().plusSeconds(3600));
        String masked = c.phone().substring(0, c.phone().length() - 8) + "****" + c.phone().substring(c.phone().length() - 4);
        for (String role : new String[] { Roles.ANALYST, Roles.HANDLER }) {
            FollowUpFixtures.as(role).get(FOLLOWUPS + "/" + call).then().statusCode(200)
                    .body("contact.phone", equalTo(masked)).body("contact.name", equalTo("李**"));
            FollowUpFixtures.as(role).queryParam("customerId", c.customerId().toString()).get(FOLLOWUPS).then()
                    .statusCode(200).body("items", hasSize(1)).body("items[0].contact.phone", equalTo(masked));
        }
    }

    @Test
    void dealersStationsAndTechniciansDoNotSeeCalls() {
        Callable c = FollowUpFixtures.callable("END_USER");
        UUID call = FollowUpFixtures.manualCall(c.customerId(), c.equipmentId(), Instant.now().plusSeconds(3600));
        Tokens.dealer(UUID.randomUUID()).get(FOLLOWUPS + "/" + call).then().statusCode(403);
        Tokens.dealer(UUID.randomUUID()).get(FOLLOWUPS).then().statusCode(403);
        Tokens.stationManager(UUID.randomUUID()).get(FOLLOWUPS).then().statusCode(403);
        Tokens.technician(UUID.randomUUID()).get(FOLLOWUPS).then().statusCode(403);
        FollowUpFixtures.as(Roles.VENDOR).get(FOLLOWUPS).then().statusCode(403);
        io.restassured.RestAssured.given().get(FOLLOWUPS).then().statusCode(401);
    }

    @Test
    void onlyTheBackOfficeCreatesCallsByHand() {
        Callable c = FollowUpFixtures.callable("END_USER");
        FollowUpFixtures.anyAgent().body(Map.of("customerId", c.customerId().toString())).post(FOLLOWUPS).then()
                .statusCode(201);
        FollowUpFixtures.as(Roles.ANALYST).body(Map.of("customerId", c.customerId().toString())).post(FOLLOWUPS).then()
                .statusCode(403);
    }

    @Test
    void anUnknownCallIs404() {
        admin().get(FOLLOWUPS + "/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("follow-up call"));
    }

    @Test
    void listsFilterByStatusAndDueTimeAndLeaveOutTheDetail() {
        Callable c = FollowUpFixtures.callable("OEM");
        Instant soon = Instant.now().plusSeconds(3600);
        UUID open = FollowUpFixtures.manualCall(c.customerId(), c.equipmentId(), soon);
        UUID refused = FollowUpFixtures.manualCall(c.customerId(), c.equipmentId(), soon.plusSeconds(60));
        FollowUpFixtures.anyAgent().body(FollowUpFixtures.attempt("REFUSED", null))
                .post(FollowUpFixtures.attempts(refused)).then().statusCode(201);
        admin().queryParam("customerId", c.customerId().toString()).queryParam("status", "REFUSED").get(FOLLOWUPS)
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(refused.toString())))
                .body("items[0].attempts", org.hamcrest.Matchers.nullValue());
        admin().queryParam("customerId", c.customerId().toString()).queryParam("dueTo", soon.plusSeconds(1).toString())
                .get(FOLLOWUPS).then().body("items.id", equalTo(java.util.List.of(open.toString())));
        admin().queryParam("customerId", c.customerId().toString()).get(FOLLOWUPS).then()
                .body("items.customerId", everyItem(equalTo(c.customerId().toString())));
        admin().queryParam("status", "LOST").get(FOLLOWUPS).then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void agentProfilesFollowTheIfMatchRules() {
        String agent = io.fieldback.support.TestData.unique("agent");
        String path = FOLLOWUPS + "/agents/" + agent;
        Map<String, Object> body = Map.of("name", "张丽", "productLines", java.util.List.of("YC6K"));
        admin().body(body).put(path).then().statusCode(201).header("ETag", equalTo("\"0\""));
        admin().body(body).put(path).then().statusCode(200);
        Map<String, Object> changed = Map.of("name", "张丽", "productLines", java.util.List.of("YC6K", "YC6L"));
        admin().body(changed).put(path).then().statusCode(428);
        admin().header("If-Match", "\"7\"").body(changed).put(path).then().statusCode(412);
        admin().header("If-Match", "\"0\"").body(changed).put(path).then().statusCode(200)
                .body("productLines", equalTo(java.util.List.of("YC6K", "YC6L")));
        FollowUpFixtures.anyAgent().body(body).put(path).then().statusCode(403);
        admin().queryParam("productLine", "YC6L").get(FOLLOWUPS + "/agents").then().statusCode(200)
                .body("items.agentId", org.hamcrest.Matchers.hasItem(agent));
    }
}
