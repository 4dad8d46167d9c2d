package io.fieldback.complaint;

import static io.fieldback.support.StatementBudget.counted;
import static io.fieldback.support.StatementBudget.within;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Taking a complaint stays within a budget of SQL statements (issue 21). */
@QuarkusTest
class ComplaintStatementBudgetTest {

    @Test
    void creatingAComplaint() {
        Map<String, Object> body = ComplaintFixtures.body(ComplaintFixtures.customer());
        Response response = counted(ComplaintFixtures.handler()).body(body).post(ComplaintFixtures.COMPLAINTS);
        response.then().statusCode(201);
        within("POST /complaints", response, 8);
    }
}
