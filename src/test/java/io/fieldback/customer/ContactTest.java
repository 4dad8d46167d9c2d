package io.fieldback.customer;

import static io.fieldback.customer.CustomerFixtures.contact;
import static io.fieldback.customer.CustomerFixtures.contactBody;
import static io.fieldback.customer.CustomerFixtures.contacts;
import static io.fieldback.customer.CustomerFixtures.customer;
import static io.fieldback.customer.CustomerFixtures.customerBody;
import static io.fieldback.customer.CustomerFixtures.mobile;
import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.assertProblem;
import static io.fieldback.station.StationFixtures.chinese;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ContactTest {

    private static Response post(String field, Object value) {
        Map<String, Object> body = contactBody(mobile());
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return admin().body(body).post(contacts(customer(customerBody())));
    }

    @Test
    void createAnswers201WithLocationEtagAndBody() {
        UUID customer = customer(customerBody());
        String phone = mobile();
        Response response = admin().body(contactBody(phone)).post(contacts(customer));
        response.then().statusCode(201).header("ETag", equalTo("\"0\"")).body("customerId", equalTo(customer.toString()))
                .body("name", equalTo("李师傅")).body("role", equalTo("DRIVER")).body("phone", equalTo(phone))
                .body("callWindowStart", equalTo("09:00:00")).body("callWindowEnd", equalTo("18:00:00"))
                .body("preferred", equalTo(false)).body("active", equalTo(true));
        assertThat(response.header("Location")).endsWith(contacts(customer) + "/" + response.path("id"));
    }

    @Test
    void getAnswersTheContactWithItsEtag() {
        UUID customer = customer(customerBody());
        UUID id = contact(customer, contactBody(mobile()));
        admin().get(contacts(customer) + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id.toString()));
    }

    @Test
    void callWindowIsOptional() {
        Map<String, Object> body = contactBody(mobile());
        body.remove("callWindowStart");
        body.remove("callWindowEnd");
        admin().body(body).post(contacts(customer(customerBody()))).then().statusCode(201)
                .body("callWindowStart", nullValue());
    }

    @Test
    void overnightCallWindowIsAccepted() {
        Map<String, Object> body = contactBody(mobile());
        body.put("callWindowStart", "22:00");
        body.put("callWindowEnd", "06:30");
        admin().body(body).post(contacts(customer(customerBody()))).then().statusCode(201)
                .body("callWindowEnd", equalTo("06:30:00"));
    }

    @Test
    void updateReplacesTheContactAndAnswersTheNewEtag() {
        UUID customer = customer(customerBody());
        UUID id = contact(customer, contactBody(mobile()));
        Map<String, Object> body = contactBody(mobile());
        body.put("name", "𠮷田经理");
        body.put("role", "FLEET_MANAGER");
        body.remove("callWindowStart");
        body.remove("callWindowEnd");
        admin().header("If-Match", "\"0\"").body(body).put(contacts(customer) + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("name", equalTo("𠮷田经理")).body("role", equalTo("FLEET_MANAGER"))
                .body("phone", equalTo(body.get("phone"))).body("callWindowStart", nullValue());
    }

    @Test
    void deactivatedContactLeavesTheDefaultList() {
        UUID customer = customer(customerBody());
        UUID id = contact(customer, contactBody(mobile()));
        admin().delete(contacts(customer) + "/" + id).then().statusCode(204);
        admin().get(contacts(customer)).then().statusCode(200).body("items", emptyIterable());
        admin().queryParam("active", false).get(contacts(customer)).then().body("items.id", contains(id.toString()));
    }

    @Test
    void staleIfMatchIsRejectedWith412() {
        UUID customer = customer(customerBody());
        UUID id = contact(customer, contactBody(mobile()));
        admin().header("If-Match", "\"0\"").body(contactBody(mobile())).put(contacts(customer) + "/" + id).then()
                .statusCode(200);
        assertProblem(admin().header("If-Match", "\"0\"").body(contactBody(mobile())).put(contacts(customer) + "/" + id),
                412);
    }

    @Test
    void updateWithoutIfMatchIsRejectedWith428() {
        UUID customer = customer(customerBody());
        UUID id = contact(customer, contactBody(mobile()));
        assertProblem(admin().body(contactBody(mobile())).put(contacts(customer) + "/" + id), 428);
    }

    @Test
    void aNewPreferredContactReplacesTheOldOne() {
        UUID customer = customer(customerBody());
        Map<String, Object> first = contactBody(mobile());
        first.put("preferred", true);
        UUID a = contact(customer, first);
        UUID b = contact(customer, first);
        admin().get(contacts(customer) + "/" + a).then().body("preferred", equalTo(false));
        admin().get(contacts(customer) + "/" + b).then().body("preferred", equalTo(true));
    }

    @Test
    void losingPreferredStatusChangesTheEtag() {
        UUID customer = customer(customerBody());
        Map<String, Object> preferred = contactBody(mobile());
        preferred.put("preferred", true);
        UUID a = contact(customer, preferred);
        String before = admin().get(contacts(customer) + "/" + a).header("ETag");
        contact(customer, preferred);
        String after = admin().get(contacts(customer) + "/" + a).header("ETag");
        assertThat(after).isNotEqualTo(before);
        assertProblem(admin().header("If-Match", before).body(preferred).put(contacts(customer) + "/" + a), 412);
    }

    @Test
    void preferredContactsOfOtherCustomersAreLeftAlone() {
        Map<String, Object> preferred = contactBody(mobile());
        preferred.put("preferred", true);
        UUID first = customer(customerBody());
        UUID a = contact(first, preferred);
        contact(customer(customerBody()), preferred);
        admin().get(contacts(first) + "/" + a).then().body("preferred", equalTo(true));
    }

    @Test
    void missingPhoneIsRejected() {
        assertInvalid(post("phone", null), "phone");
    }

    @Test
    void missingNameIsRejected() {
        assertInvalid(post("name", null), "name");
    }

    @Test
    void nameLongerThan100CharactersIsRejected() {
        assertInvalid(post("name", chinese(101)), "name");
    }

    @Test
    void phoneNotInE164IsRejected() {
        assertInvalid(post("phone", "139 1234 5678"), "phone");
        assertInvalid(post("phone", "+86139123456789012"), "phone");
        assertInvalid(post("phone", "+86-139-1234-5678"), "phone");
    }

    @Test
    void badRoleIsRejectedListingTheAllowedValues() {
        assertInvalid(post("role", "BOSS"), "role").body("errors[0].message",
                org.hamcrest.Matchers.containsString("DRIVER, REPAIRER, QUALITY_MANAGER"));
    }

    @Test
    void callWindowWithOnlyAStartIsRejected() {
        assertInvalid(post("callWindowEnd", null), "callWindow");
    }

    @Test
    void callWindowWithOnlyAnEndIsRejected() {
        assertInvalid(post("callWindowStart", null), "callWindow");
    }

    @Test
    void callWindowWithEqualEndsIsRejected() {
        Map<String, Object> body = contactBody(mobile());
        body.put("callWindowEnd", "09:00");
        assertInvalid(admin().body(body).post(contacts(customer(customerBody()))), "callWindow");
    }

    @Test
    void callWindowThatIsNotATimeIsRejected() {
        assertInvalid(post("callWindowStart", "9am"), "callWindowStart");
    }

    @Test
    void unknownFieldIsRejectedNamingIt() {
        assertInvalid(post("email", "li@example.com"), "email");
    }

    @Test
    void contactOfUnknownCustomerIsNotFound() {
        assertProblem(admin().body(contactBody(mobile())).post(contacts(UUID.randomUUID())), 404);
        assertProblem(admin().get(contacts(UUID.randomUUID())), 404);
    }
}
