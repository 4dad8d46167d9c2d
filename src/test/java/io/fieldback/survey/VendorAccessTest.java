package io.fieldback.survey;

import static io.fieldback.station.StationFixtures.anonymous;
import static io.fieldback.station.StationFixtures.assertProblem;
import static io.fieldback.station.StationFixtures.idsByCursor;
import static io.fieldback.station.StationFixtures.with;
import static io.fieldback.survey.VendorTest.VENDORS;
import static io.fieldback.survey.VendorTest.vendor;
import static io.fieldback.survey.VendorTest.vendorBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyIterable;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.security.Scope;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class VendorAccessTest {

    private static RequestSpecification asVendor(UUID vendorId) {
        return with(Tokens.token(Roles.VENDOR, Scope.VENDOR, vendorId));
    }

    @Test
    void noTokenIsRejectedWith401() {
        assertProblem(anonymous().get(VENDORS), 401);
    }

    @Test
    void vendorSeesItself() {
        UUID own = vendor();
        asVendor(own).get(VENDORS + "/" + own).then().statusCode(200);
        assertThat(idsByCursor(() -> asVendor(own), VENDORS, Map.of(), 500)).containsExactly(own.toString());
    }

    @Test
    void vendorCannotSeeAnotherVendor() {
        UUID own = vendor();
        assertProblem(asVendor(own).get(VENDORS + "/" + vendor()), 404);
    }

    @Test
    void vendorTokenWithoutVendorClaimSeesNothing() {
        vendor();
        Tokens.as(Roles.VENDOR).get(VENDORS).then().statusCode(200).body("items", emptyIterable());
    }

    @Test
    void vendorCannotCreateUpdateOrDeactivate() {
        UUID own = vendor();
        assertProblem(asVendor(own).body(vendorBody()).post(VENDORS), 403);
        assertProblem(asVendor(own).header("If-Match", "\"0\"").body(vendorBody()).put(VENDORS + "/" + own), 403);
        assertProblem(asVendor(own).delete(VENDORS + "/" + own), 403);
    }

    @Test
    void analystReadsEveryVendorButCannotCreate() {
        UUID id = vendor();
        Tokens.as(Roles.ANALYST).get(VENDORS + "/" + id).then().statusCode(200);
        assertProblem(Tokens.as(Roles.ANALYST).body(vendorBody()).post(VENDORS), 403);
    }

    @Test
    void dealerMayNotReadVendors() {
        assertProblem(Tokens.dealer(TestData.dealer()).get(VENDORS), 403);
    }

    @Test
    void idempotentCreateReplays() {
        String token = Tokens.token(Roles.ADMIN, null, null);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = vendorBody();
        String id = with(token).header("Idempotency-Key", key).body(body).post(VENDORS).then().statusCode(201)
                .extract().path("id");
        with(token).header("Idempotency-Key", key).body(body).post(VENDORS).then().statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.equalTo("true"))
                .body("id", org.hamcrest.Matchers.equalTo(id));
    }
}
