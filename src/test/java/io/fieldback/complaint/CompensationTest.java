package io.fieldback.complaint;

import static io.fieldback.complaint.ComplaintFixtures.complaint;
import static io.fieldback.complaint.ComplaintFixtures.etag;
import static io.fieldback.complaint.ComplaintFixtures.handler;
import static io.fieldback.complaint.ComplaintFixtures.path;
import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.assertProblem;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class CompensationTest {

    private static Map<String, Object> compensation(String amount, String currency) {
        Map<String, Object> body = new HashMap<>();
        body.put("amount", amount);
        body.put("currency", currency);
        body.put("reason", "停运两天的误工补偿");
        return body;
    }

    private static Response approve(RequestSpecification as, UUID id, Map<String, Object> body) {
        return as.header("If-Match", etag(id)).body(body).put(path(id) + "/compensation");
    }

    @Test
    void aHandlerApprovesUpToTheLimit() {
        UUID id = complaint();
        approve(handler(), id, compensation("2000", "CNY")).then().statusCode(200)
                .body("compensation.amount", equalTo("2000.00"))
                .body("compensation.currency", equalTo("CNY"))
                .body("compensation.reason", equalTo("停运两天的误工补偿"))
                .body("compensation.approvedBy", startsWith("test-handler-"))
                .body("compensation.approverRole", equalTo("handler"))
                .body("compensation.approvedAt", notNullValue());
    }

    @Test
    void aHandlerIsRefusedAboveTheLimitWithTheReason() {
        UUID id = complaint();
        assertProblem(approve(handler(), id, compensation("2000.01", "CNY")), 422)
                .body("type", equalTo("https://fieldback.io/problems/compensation-over-limit"))
                .body("detail", allOf(containsString("2000.01 CNY exceeds the handler limit of 2000 CNY"),
                        containsString("admin")))
                .body("errors[0].field", equalTo("amount"));
        handler().get(path(id)).then().body("compensation", nullValue());
    }

    @Test
    void anAdminHasNoLimit() {
        UUID id = complaint();
        approve(Tokens.admin(), id, compensation("250000.50", "CNY")).then().statusCode(200)
                .body("compensation.amount", equalTo("250000.50"))
                .body("compensation.approverRole", equalTo("admin"));
    }

    @Test
    void anotherCurrencyNeedsAnApproverWithoutLimit() {
        UUID id = complaint();
        assertProblem(approve(handler(), id, compensation("10", "USD")), 422)
                .body("detail", containsString("the handler limit is in CNY"));
        approve(Tokens.admin(), id, compensation("10", "USD")).then().statusCode(200)
                .body("compensation.amount", equalTo("10.00")).body("compensation.currency", equalTo("USD"));
    }

    @Test
    void amountsKeepTheCurrencysMinorDigits() {
        UUID id = complaint();
        approve(Tokens.admin(), id, compensation("1500", "JPY")).then().statusCode(200)
                .body("compensation.amount", equalTo("1500"));
        assertInvalid(approve(Tokens.admin(), id, compensation("1500.5", "JPY")), "amount");
        assertInvalid(approve(handler(), id, compensation("12.345", "CNY")), "amount");
    }

    @Test
    void malformedAmountsAndCurrenciesAreRejected() {
        UUID id = complaint();
        assertInvalid(approve(handler(), id, compensation("1,500", "CNY")), "amount");
        assertInvalid(approve(handler(), id, compensation("-5", "CNY")), "amount");
        assertInvalid(approve(handler(), id, compensation("0", "CNY")), "amount");
        assertInvalid(approve(handler(), id, compensation("100", "cny")), "currency");
        assertInvalid(approve(handler(), id, compensation("100", "XYZ")), "currency");
    }

    @Test
    void onlyHandlersAndAdminsApprove() {
        UUID id = complaint();
        assertProblem(approve(Tokens.as(Roles.AGENT), id, compensation("10", "CNY")), 403);
        assertProblem(approve(Tokens.as(Roles.ANALYST), id, compensation("10", "CNY")), 403);
    }
}
