package io.fieldback.customer;

import static io.fieldback.customer.CustomerFixtures.CUSTOMERS;
import static io.fieldback.customer.CustomerFixtures.customer;
import static io.fieldback.customer.CustomerFixtures.customerBody;
import static io.fieldback.station.StationFixtures.assertProblem;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class CustomerCrudTest {

    @Test
    void createAnswers201WithLocationEtagAndBody() {
        UUID dealer = TestData.dealer();
        Map<String, Object> body = customerBody(dealer);
        Response response = admin().body(body).post(CUSTOMERS);
        response.then().statusCode(201).header("ETag", equalTo("\"0\"")).body("code", equalTo(body.get("code")))
                .body("name", equalTo("江苏宏运物流有限公司")).body("relationship", equalTo("END_USER"))
                .body("importance", equalTo("KEY")).body("region", equalTo("EAST")).body("province", equalTo("JS"))
                .body("doNotCall", equalTo(false)).body("dealerId", equalTo(dealer.toString()))
                .body("active", equalTo(true)).body("version", equalTo(0));
        assertThat(response.header("Location")).endsWith(CUSTOMERS + "/" + response.path("id"));
    }

    @Test
    void getAnswersTheCustomerWithItsEtag() {
        UUID id = customer(customerBody());
        admin().get(CUSTOMERS + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id.toString())).body("dealerId", nullValue());
    }

    @Test
    void doNotCallDefaultsToFalse() {
        Map<String, Object> body = customerBody();
        body.remove("doNotCall");
        admin().body(body).post(CUSTOMERS).then().statusCode(201).body("doNotCall", equalTo(false));
    }

    @Test
    void updateReplacesTheDataAndAnswersTheNewEtag() {
        UUID id = customer(customerBody());
        UUID dealer = TestData.dealer();
        Map<String, Object> body = customerBody(dealer);
        body.put("name", "浙江顺达客运");
        body.put("relationship", "OEM");
        body.put("importance", "POTENTIAL");
        body.put("region", "SOUTH");
        body.put("province", "广东");
        body.put("doNotCall", true);
        admin().header("If-Match", "\"0\"").body(body).put(CUSTOMERS + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("name", equalTo("浙江顺达客运"))
                .body("relationship", equalTo("OEM")).body("importance", equalTo("POTENTIAL"))
                .body("region", equalTo("SOUTH")).body("province", equalTo("GD")).body("doNotCall", equalTo(true))
                .body("dealerId", equalTo(dealer.toString())).body("version", equalTo(1));
        admin().get(CUSTOMERS + "/" + id).then().header("ETag", equalTo("\"1\"")).body("name", equalTo("浙江顺达客运"));
    }

    @Test
    void ifMatchStarUpdatesWhateverTheVersion() {
        UUID id = customer(customerBody());
        admin().header("If-Match", "*").body(customerBody()).put(CUSTOMERS + "/" + id).then().statusCode(200);
    }

    @Test
    void deactivatedCustomerLeavesTheDefaultListButStaysReadable() {
        UUID dealer = TestData.dealer();
        UUID id = customer(customerBody(dealer));
        admin().delete(CUSTOMERS + "/" + id).then().statusCode(204);
        admin().queryParam("dealerId", dealer).get(CUSTOMERS).then().statusCode(200).body("items", emptyIterable());
        admin().queryParam("dealerId", dealer).queryParam("active", false).get(CUSTOMERS).then()
                .body("items.id", contains(id.toString()));
        admin().get(CUSTOMERS + "/" + id).then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void deactivatingTwiceIsHarmless() {
        UUID id = customer(customerBody());
        admin().delete(CUSTOMERS + "/" + id).then().statusCode(204);
        admin().delete(CUSTOMERS + "/" + id).then().statusCode(204);
    }

    @Test
    void duplicateCodeIsRejectedWith409() {
        Map<String, Object> body = customerBody();
        customer(body);
        Map<String, Object> again = customerBody();
        again.put("code", body.get("code"));
        assertProblem(admin().body(again).post(CUSTOMERS), 409);
    }

    @Test
    void codesDifferingOnlyInCaseAreDuplicates() {
        String code = TestData.unique("c-case");
        Map<String, Object> body = customerBody();
        body.put("code", code);
        customer(body);
        body.put("code", code.toUpperCase());
        assertProblem(admin().body(body).post(CUSTOMERS), 409);
    }

    @Test
    void takingAnotherCustomersCodeOnUpdateIsRejectedWith409() {
        Map<String, Object> first = customerBody();
        customer(first);
        UUID second = customer(customerBody());
        Map<String, Object> body = customerBody();
        body.put("code", first.get("code"));
        assertProblem(admin().header("If-Match", "\"0\"").body(body).put(CUSTOMERS + "/" + second), 409);
    }

    @Test
    void keepingItsOwnCodeOnUpdateIsAllowed() {
        Map<String, Object> body = customerBody();
        UUID id = customer(body);
        body.put("name", "新名称");
        admin().header("If-Match", "\"0\"").body(body).put(CUSTOMERS + "/" + id).then().statusCode(200);
    }

    @Test
    void staleIfMatchIsRejectedWith412() {
        UUID id = customer(customerBody());
        admin().header("If-Match", "\"0\"").body(customerBody()).put(CUSTOMERS + "/" + id).then().statusCode(200);
        assertProblem(admin().header("If-Match", "\"0\"").body(customerBody()).put(CUSTOMERS + "/" + id), 412);
    }

    @Test
    void updateWithoutIfMatchIsRejectedWith428() {
        UUID id = customer(customerBody());
        assertProblem(admin().body(customerBody()).put(CUSTOMERS + "/" + id), 428);
    }

    @Test
    void deactivationChangesTheEtag() {
        UUID id = customer(customerBody());
        admin().delete(CUSTOMERS + "/" + id).then().statusCode(204);
        assertProblem(admin().header("If-Match", "\"0\"").body(customerBody()).put(CUSTOMERS + "/" + id), 412);
    }

    @Test
    void unknownCustomerIsNotFound() {
        assertProblem(admin().get(CUSTOMERS + "/" + UUID.randomUUID()), 404);
        assertProblem(admin().header("If-Match", "\"0\"").body(customerBody()).put(CUSTOMERS + "/" + UUID.randomUUID()),
                404);
    }

    @Test
    void chineseNameWithFourByteCharacterRoundTrips() {
        String name = "𠮷林𩸽水产贸易（舟山）有限公司";
        Map<String, Object> body = customerBody();
        body.put("name", name);
        UUID id = customer(body);
        admin().get(CUSTOMERS + "/" + id).then().body("name", equalTo(name));
        admin().queryParam("namePrefix", "𠮷林𩸽").queryParam("limit", 500).get(CUSTOMERS).then()
                .body("items.id", org.hamcrest.Matchers.hasItem(id.toString()));
    }
}
