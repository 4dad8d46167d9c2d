package io.fieldback.customer;

import static io.fieldback.customer.CustomerFixtures.CUSTOMERS;
import static io.fieldback.customer.CustomerFixtures.customerBody;
import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.assertProblem;
import static io.fieldback.station.StationFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class CustomerIdempotencyTest {

    private static final String KEY = "Idempotency-Key";

    private static String adminToken() {
        return Tokens.token(Roles.ADMIN, null, null);
    }

    @Test
    void sameKeyAndBodyReplaysTheFirstResponse() {
        String token = adminToken();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = customerBody();
        Response first = with(token).header(KEY, key).body(body).post(CUSTOMERS);
        first.then().statusCode(201);
        Response second = with(token).header(KEY, key).body(body).post(CUSTOMERS);
        second.then().statusCode(201).header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(first.path("id"))).body("code", equalTo(body.get("code")));
        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(first.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void replayCreatesNothingNew() {
        String token = adminToken();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = customerBody();
        String name = io.fieldback.support.TestData.unique("幂等客户");
        body.put("name", name);
        with(token).header(KEY, key).body(body).post(CUSTOMERS).then().statusCode(201);
        with(token).header(KEY, key).body(body).post(CUSTOMERS).then().statusCode(201);
        Tokens.admin().queryParam("namePrefix", name).get(CUSTOMERS).then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void sameKeyWithAnotherBodyIsRejectedWith422() {
        String token = adminToken();
        String key = UUID.randomUUID().toString();
        with(token).header(KEY, key).body(customerBody()).post(CUSTOMERS).then().statusCode(201);
        assertProblem(with(token).header(KEY, key).body(customerBody()).post(CUSTOMERS), 422);
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        String first = with(adminToken()).header(KEY, key).body(customerBody()).post(CUSTOMERS).then().statusCode(201)
                .extract().path("id");
        Response other = with(adminToken()).header(KEY, key).body(customerBody()).post(CUSTOMERS);
        other.then().statusCode(201);
        assertThat((String) other.path("id")).isNotEqualTo(first);
        assertThat(other.header("Idempotent-Replayed")).isNull();
    }

    @Test
    void aFailedRequestDoesNotUseUpItsKey() {
        String token = adminToken();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = customerBody();
        body.put("dealerId", UUID.randomUUID().toString());
        assertInvalid(with(token).header(KEY, key).body(body).post(CUSTOMERS), "dealerId");
        body.remove("dealerId");
        with(token).header(KEY, key).body(body).post(CUSTOMERS).then().statusCode(201);
    }

    @Test
    void keyLongerThan100CharactersIsRejected() {
        assertInvalid(with(adminToken()).header(KEY, "k".repeat(101)).body(customerBody()).post(CUSTOMERS), KEY);
    }

    @Test
    void withoutAKeyARetryIsADuplicate() {
        Map<String, Object> body = customerBody();
        String token = adminToken();
        with(token).body(body).post(CUSTOMERS).then().statusCode(201);
        assertProblem(with(token).body(body).post(CUSTOMERS), 409);
    }

    @Test
    void contactCreationReplaysToo() {
        String token = adminToken();
        String key = UUID.randomUUID().toString();
        UUID customer = CustomerFixtures.customer(customerBody());
        Map<String, Object> body = CustomerFixtures.contactBody(CustomerFixtures.mobile());
        String first = with(token).header(KEY, key).body(body).post(CustomerFixtures.contacts(customer)).then()
                .statusCode(201).extract().path("id");
        with(token).header(KEY, key).body(body).post(CustomerFixtures.contacts(customer)).then().statusCode(201)
                .header("Idempotent-Replayed", equalTo("true")).body("id", equalTo(first));
    }
}
