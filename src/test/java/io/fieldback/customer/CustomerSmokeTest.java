package io.fieldback.customer;

import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CustomerSmokeTest {

    @Test
    void chineseNamesRoundTrip() {
        String id = admin().body(TestData.customer()).post("/api/v1/customers").then().statusCode(201)
                .extract().path("id");
        admin().get("/api/v1/customers/" + id).then().statusCode(200).body("name", equalTo("江苏宏运物流有限公司"));
    }
}
