package io.fieldback.customer;

import static io.fieldback.customer.CustomerFixtures.CUSTOMERS;
import static io.fieldback.customer.CustomerFixtures.customer;
import static io.fieldback.customer.CustomerFixtures.customerBody;
import static io.fieldback.station.StationFixtures.anonymous;
import static io.fieldback.station.StationFixtures.assertProblem;
import static io.fieldback.station.StationFixtures.idsByCursor;
import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.as;
import static io.fieldback.support.Tokens.dealer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CustomerTenancyTest {

    @Test
    void noTokenIsRejectedWith401() {
        assertProblem(anonymous().get(CUSTOMERS), 401);
        assertProblem(anonymous().body(customerBody()).post(CUSTOMERS), 401);
    }

    @Test
    void dealerCannotSeeAnotherDealersCustomer() {
        UUID own = TestData.dealer();
        UUID foreign = customer(customerBody(TestData.dealer()));
        assertProblem(dealer(own).get(CUSTOMERS + "/" + foreign), 404);
    }

    @Test
    void dealerCannotSeeCustomersWithoutADealer() {
        UUID own = TestData.dealer();
        UUID unassigned = customer(customerBody());
        assertProblem(dealer(own).get(CUSTOMERS + "/" + unassigned), 404);
    }

    @Test
    void dealerCannotUpdateOrDeactivateAnotherDealersCustomer() {
        UUID own = TestData.dealer();
        UUID foreign = customer(customerBody(TestData.dealer()));
        assertProblem(dealer(own).header("If-Match", "\"0\"").body(customerBody()).put(CUSTOMERS + "/" + foreign), 404);
        assertProblem(dealer(own).delete(CUSTOMERS + "/" + foreign), 404);
        admin().get(CUSTOMERS + "/" + foreign).then().body("active", equalTo(true)).body("version", equalTo(0));
    }

    @Test
    void dealerListsOnlyItsOwnCustomers() {
        UUID own = TestData.dealer();
        UUID otherDealer = TestData.dealer();
        UUID mine = customer(customerBody(own));
        customer(customerBody(otherDealer));
        customer(customerBody());
        assertThat(idsByCursor(() -> dealer(own), CUSTOMERS, Map.of(), 500)).containsExactly(mine.toString());
        dealer(own).queryParam("dealerId", otherDealer).get(CUSTOMERS).then().statusCode(200)
                .body("items", emptyIterable());
    }

    @Test
    void dealerCreatesCustomersForItselfWhateverTheBodySays() {
        UUID own = TestData.dealer();
        dealer(own).body(customerBody(TestData.dealer())).post(CUSTOMERS).then().statusCode(201)
                .body("dealerId", equalTo(own.toString()));
        dealer(own).body(customerBody()).post(CUSTOMERS).then().statusCode(201)
                .body("dealerId", equalTo(own.toString()));
    }

    @Test
    void dealerUpdatingItsCustomerCannotHandItToAnotherDealer() {
        UUID own = TestData.dealer();
        UUID mine = customer(customerBody(own));
        dealer(own).header("If-Match", "\"0\"").body(customerBody(TestData.dealer())).put(CUSTOMERS + "/" + mine)
                .then().statusCode(200).body("dealerId", equalTo(own.toString()));
    }

    @Test
    void dealerDeactivatesItsOwnCustomer() {
        UUID own = TestData.dealer();
        UUID mine = customer(customerBody(own));
        dealer(own).delete(CUSTOMERS + "/" + mine).then().statusCode(204);
        admin().get(CUSTOMERS + "/" + mine).then().body("active", equalTo(false));
    }

    @Test
    void technicianReadsCustomersButCannotCreateOrChangeThem() {
        UUID station = TestData.station(TestData.dealer());
        UUID id = customer(customerBody());
        Tokens.technician(station).get(CUSTOMERS + "/" + id).then().statusCode(200);
        assertProblem(Tokens.technician(station).body(customerBody()).post(CUSTOMERS), 403);
        assertProblem(Tokens.technician(station).header("If-Match", "\"0\"").body(customerBody())
                .put(CUSTOMERS + "/" + id), 403);
        assertProblem(Tokens.technician(station).delete(CUSTOMERS + "/" + id), 403);
    }

    @Test
    void analystReadsButCannotCreate() {
        UUID id = customer(customerBody());
        as(Roles.ANALYST).get(CUSTOMERS + "/" + id).then().statusCode(200);
        assertProblem(as(Roles.ANALYST).body(customerBody()).post(CUSTOMERS), 403);
    }

    @Test
    void agentCreatesAndUpdatesButCannotDeactivate() {
        String id = as(Roles.AGENT).body(customerBody()).post(CUSTOMERS).then().statusCode(201).extract().path("id");
        as(Roles.AGENT).header("If-Match", "\"0\"").body(customerBody()).put(CUSTOMERS + "/" + id).then()
                .statusCode(200);
        assertProblem(as(Roles.AGENT).delete(CUSTOMERS + "/" + id), 403);
    }

    @Test
    void vendorMayNotReadCustomers() {
        assertProblem(as(Roles.VENDOR).get(CUSTOMERS), 403);
    }
}
