package io.fieldback.station;

import static io.fieldback.station.StationFixtures.anonymous;
import static io.fieldback.station.StationFixtures.assertProblem;
import static io.fieldback.station.StationFixtures.idsByCursor;
import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.as;
import static io.fieldback.support.Tokens.dealer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DealerAccessTest {

    private static final String DEALERS = "/api/v1/dealers";

    @Test
    void noTokenIsRejectedWith401() {
        assertProblem(anonymous().get(DEALERS), 401).header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void invalidTokenIsRejectedWith401() {
        assertProblem(anonymous().auth().oauth2("not-a-jwt").get(DEALERS), 401);
    }

    @Test
    void analystMayReadButNotCreate() {
        UUID id = TestData.dealer();
        as(Roles.ANALYST).get(DEALERS + "/" + id).then().statusCode(200);
        assertProblem(as(Roles.ANALYST).body(Map.of("code", TestData.unique("DLR"), "name", "x")).post(DEALERS), 403);
    }

    @Test
    void technicianMayNotListDealers() {
        assertProblem(as(Roles.TECHNICIAN).get(DEALERS), 403);
    }

    @Test
    void dealerSeesOnlyItselfInTheList() {
        UUID own = TestData.dealer();
        TestData.dealer();
        List<String> ids = idsByCursor(() -> dealer(own), DEALERS, Map.of(), 500);
        assertThat(ids).containsExactly(own.toString());
    }

    @Test
    void dealerReadsItself() {
        UUID own = TestData.dealer();
        dealer(own).get(DEALERS + "/" + own).then().statusCode(200).body("id", equalTo(own.toString()));
    }

    @Test
    void dealerCannotSeeAnotherDealer() {
        UUID own = TestData.dealer();
        UUID other = TestData.dealer();
        assertProblem(dealer(own).get(DEALERS + "/" + other), 404);
        String otherCode = admin().get(DEALERS + "/" + other).path("code");
        dealer(own).queryParam("code", otherCode).get(DEALERS).then().statusCode(200).body("items", emptyIterable());
    }

    @Test
    void dealerMayNotUpdateOrDeactivateItself() {
        UUID own = TestData.dealer();
        assertProblem(dealer(own).header("If-Match", "\"0\"")
                .body(Map.of("code", TestData.unique("DLR"), "name", "x")).put(DEALERS + "/" + own), 403);
        assertProblem(dealer(own).delete(DEALERS + "/" + own), 403);
        admin().get(DEALERS + "/" + own).then().body("active", equalTo(true));
    }

    @Test
    void dealerTokenWithoutDealerClaimSeesNothing() {
        TestData.dealer();
        as(Roles.DEALER).get(DEALERS).then().statusCode(200).body("items", emptyIterable());
    }

    @Test
    void agentAndHandlerMayReadDealers() {
        UUID id = TestData.dealer();
        String code = admin().get(DEALERS + "/" + id).path("code");
        as(Roles.AGENT).queryParam("code", code).get(DEALERS).then().statusCode(200)
                .body("items.id", contains(id.toString()));
        as(Roles.HANDLER).get(DEALERS + "/" + id).then().statusCode(200);
    }
}
