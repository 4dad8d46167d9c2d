package io.fieldback.privacy;

import static io.fieldback.privacy.PrivacyFixtures.CONTACT_NAME;
import static io.fieldback.privacy.PrivacyFixtures.CUSTOMER_NAME;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.security.Scope;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Who sees customers' names and phones in clear, per role and view (README, "Personal data"). */
@QuarkusTest
class PersonalDataMaskingTest {

    private static final String MASKED_CUSTOMER = "江" + "*".repeat(9);
    private static final String MASKED_CONTACT = "李**";

    private static void seesCustomerInClear(RequestSpecification caller, PrivacyFixtures f) {
        caller.get(f.customerPath()).then().statusCode(200).body("name", equalTo(CUSTOMER_NAME));
        caller.get(f.contactPath()).then().statusCode(200).body("name", equalTo(CONTACT_NAME))
                .body("phone", equalTo(f.phone));
        caller.get(io.fieldback.customer.CustomerFixtures.contacts(f.customerId)).then().statusCode(200)
                .body("items[0].phone", equalTo(f.phone));
    }

    private static void seesCustomerMasked(RequestSpecification caller, PrivacyFixtures f) {
        caller.get(f.customerPath()).then().statusCode(200).body("name", equalTo(MASKED_CUSTOMER))
                .body("code", org.hamcrest.Matchers.notNullValue());
        caller.get(f.contactPath()).then().statusCode(200).body("name", equalTo(MASKED_CONTACT))
                .body("phone", equalTo(f.maskedPhone()));
        caller.get(io.fieldback.customer.CustomerFixtures.contacts(f.customerId)).then().statusCode(200)
                .body("items[0].name", equalTo(MASKED_CONTACT)).body("items[0].phone", equalTo(f.maskedPhone()));
    }

    @Test
    void adminsAgentsHandlersAndTheCustomersDealerSeeCustomersAndContactsInClear() {
        PrivacyFixtures f = new PrivacyFixtures();
        seesCustomerInClear(Tokens.admin(), f);
        seesCustomerInClear(Tokens.as(Roles.AGENT), f);
        seesCustomerInClear(Tokens.as(Roles.HANDLER), f);
        seesCustomerInClear(Tokens.dealer(f.dealerId), f);
    }

    @Test
    void analystsSeeCustomersAndContactsMaskedInGetsAndLists() {
        PrivacyFixtures f = new PrivacyFixtures();
        seesCustomerMasked(Tokens.as(Roles.ANALYST), f);
        Tokens.as(Roles.ANALYST).queryParam("dealerId", f.dealerId.toString()).get("/api/v1/customers").then()
                .statusCode(200).body("items[0].name", equalTo(MASKED_CUSTOMER));
    }

    @Test
    void analystsMayNotLookCustomersUpByNameOrPhone() {
        PrivacyFixtures f = new PrivacyFixtures();
        Tokens.as(Roles.ANALYST).queryParam("phone", f.phone).get("/api/v1/customers").then().statusCode(403)
                .contentType("application/problem+json");
        Tokens.as(Roles.ANALYST).queryParam("namePrefix", "江苏").get("/api/v1/customers").then().statusCode(403);
        Tokens.as(Roles.AGENT).queryParam("phone", f.phone).get("/api/v1/customers").then().statusCode(200)
                .body("items[0].id", equalTo(f.customerId.toString()));
    }

    @Test
    void stationsSeeInClearOnlyTheCustomersTheyHaveVisited() {
        PrivacyFixtures f = new PrivacyFixtures();
        seesCustomerInClear(PrivacyFixtures.stationManager(f.stationId), f);
        seesCustomerInClear(PrivacyFixtures.as(TestData.unique("tech"), Roles.TECHNICIAN, Scope.STATION, f.stationId), f);
        UUID otherStation = TestData.station(f.dealerId);
        seesCustomerMasked(PrivacyFixtures.stationManager(otherStation), f);
        seesCustomerMasked(PrivacyFixtures.as(TestData.unique("tech"), Roles.TECHNICIAN, Scope.STATION, otherStation), f);
    }

    @Test
    void otherDealersDoNotSeeTheCustomerAtAll() {
        PrivacyFixtures f = new PrivacyFixtures();
        Tokens.dealer(TestData.dealer()).get(f.customerPath()).then().statusCode(404);
        Tokens.dealer(TestData.dealer()).get(f.contactPath()).then().statusCode(404);
    }

    @Test
    void followUpCallsAreInClearForAgentsAndAdminsOnly() {
        PrivacyFixtures f = new PrivacyFixtures();
        UUID call = f.call();
        for (RequestSpecification clear : new RequestSpecification[] { Tokens.admin(), Tokens.as(Roles.AGENT) }) {
            clear.get("/api/v1/followups/" + call).then().statusCode(200).body("contact.name", equalTo(CONTACT_NAME))
                    .body("contact.phone", equalTo(f.phone));
        }
        for (String role : new String[] { Roles.ANALYST, Roles.HANDLER }) {
            Tokens.as(role).get("/api/v1/followups/" + call).then().statusCode(200)
                    .body("contact.name", equalTo(MASKED_CONTACT)).body("contact.phone", equalTo(f.maskedPhone()));
            Tokens.as(role).queryParam("customerId", f.customerId.toString()).get("/api/v1/followups").then()
                    .statusCode(200).body("items[0].contact.name", equalTo(MASKED_CONTACT));
        }
    }

    @Test
    void complaintContactsAreInClearForHandlersAdminsAndTheCustomersDealerOnly() {
        PrivacyFixtures f = new PrivacyFixtures();
        UUID complaint = f.complaint();
        String path = "/api/v1/complaints/" + complaint;
        for (RequestSpecification clear : new RequestSpecification[] { Tokens.admin(), Tokens.as(Roles.HANDLER),
                Tokens.dealer(f.dealerId) }) {
            clear.get(path).then().statusCode(200).body("contactName", equalTo("张三丰"))
                    .body("contactPhone", equalTo(f.phone));
        }
        for (String role : new String[] { Roles.ANALYST, Roles.AGENT }) {
            Tokens.as(role).get(path).then().statusCode(200).body("contactName", equalTo("张**"))
                    .body("contactPhone", equalTo(f.maskedPhone()));
        }
    }

    @Test
    void aDealerWhoseStationServedAnotherDealersCustomerSeesTheComplaintMasked() {
        PrivacyFixtures f = new PrivacyFixtures();
        UUID otherDealer = TestData.dealer();
        UUID visit = io.fieldback.complaint.ComplaintFixtures.visit(f.customerId, otherDealer);
        java.util.Map<String, Object> body = io.fieldback.complaint.ComplaintFixtures.body(f.customerId);
        body.put("visitId", visit.toString());
        UUID complaint = io.fieldback.complaint.ComplaintFixtures.create(body);
        Tokens.dealer(otherDealer).get("/api/v1/complaints/" + complaint).then().statusCode(200)
                .body("contactName", equalTo("张**")).body("contactPhone", equalTo("+86138****5678"));
        Tokens.dealer(f.dealerId).get("/api/v1/complaints/" + complaint).then().statusCode(200)
                .body("contactName", equalTo("张师傅"));
    }

    @Test
    void whoWritesPersonalDataGetsItBackInClear() {
        PrivacyFixtures f = new PrivacyFixtures();
        Tokens.as(Roles.AGENT).body(io.fieldback.complaint.ComplaintFixtures.body(f.customerId))
                .post("/api/v1/complaints").then().statusCode(201).body("contactName", equalTo("张师傅"));
    }
}
