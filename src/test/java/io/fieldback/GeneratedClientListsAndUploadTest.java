package io.fieldback;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.client.ApiClient;
import io.fieldback.client.ApiException;
import io.fieldback.client.api.FollowUpCallsApi;
import io.fieldback.client.api.SurveyUploadsApi;
import io.fieldback.client.api.VendorsApi;
import io.fieldback.client.model.AttemptOutcome;
import io.fieldback.client.model.AttemptRequest;
import io.fieldback.client.model.FollowUp;
import io.fieldback.client.model.FollowUpRequest;
import io.fieldback.client.model.FollowUpStatus;
import io.fieldback.client.model.SurveyBatch;
import io.fieldback.client.model.SurveyMethod;
import io.fieldback.client.model.SurveyRow;
import io.fieldback.client.model.Vendor;
import io.fieldback.client.model.VendorRequest;
import io.fieldback.customer.CustomerFixtures;
import io.fieldback.security.Roles;
import io.fieldback.security.Scope;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What generated clients send as they are generated: an empty list for every list left unset, and only
 * an operation's first media type. The customers are made by the test helpers; every call under test
 * goes through the Java client generated from the committed contract.
 */
@QuarkusTest
class GeneratedClientListsAndUploadTest {

    @TestHTTPResource("/")
    URL server;

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /** A customer with a phone contact; returns its id and code. */
    private static Map.Entry<UUID, String> customer() {
        Map<String, Object> body = new HashMap<>(TestData.customer());
        UUID id = UUID.fromString(admin().body(body).post("/api/v1/customers").then().statusCode(201).extract().path("id"));
        admin().body(Map.of("name", "李师傅", "role", "DRIVER", "phone", CustomerFixtures.mobile(), "preferred", true))
                .post("/api/v1/customers/" + id + "/contacts").then().statusCode(201);
        return Map.entry(id, (String) body.get("code"));
    }

    @Test
    void aRefusalSentWithTheGeneratedEmptyAnswersListIsRecorded() throws ApiException {
        FollowUpCallsApi calls = new FollowUpCallsApi(client(Tokens.token(Roles.ADMIN, null, null)));
        FollowUp call = calls.createFollowUp(new FollowUpRequest().customerId(customer().getKey())
                .dueAt(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1)), null);
        AttemptRequest refused = new AttemptRequest().outcome(AttemptOutcome.REFUSED).durationSeconds(20);
        assertThat(refused.getAnswers()).isNotNull().isEmpty(); // what the generator makes of an unset list
        FollowUp after = new FollowUpCallsApi(client(Tokens.token(Roles.AGENT, null, null)))
                .recordFollowUpAttempt(call.getId(), refused, null);
        assertThat(after.getStatus()).isEqualTo(FollowUpStatus.REFUSED);
    }

    @Test
    void aVendorUploadsJsonRowsThroughTheGeneratedClient() throws ApiException {
        Vendor vendor = new VendorsApi(client(Tokens.token(Roles.ADMIN, null, null)))
                .createVendor(new VendorRequest().code(TestData.unique("V")).name("零点调查"), null);
        String customerCode = customer().getValue();
        SurveyRow row = new SurveyRow().rowId("R1").customerCode(customerCode)
                .interviewDate(LocalDate.now().minusDays(2)).method(SurveyMethod.PHONE)
                .answers(Map.of("quality_satisfied", true, "quality_score", 5, "attitude_satisfied", true,
                        "attitude_score", 4, "speed_satisfied", true, "speed_score", 5, "proactive_satisfied", true,
                        "proactive_score", 5));
        SurveyBatch batch = new SurveyUploadsApi(client(Tokens.token(Roles.VENDOR, Scope.VENDOR, vendor.getId())))
                .uploadSurveyBatchJson(TestData.unique("B"), 1, List.of(row));
        assertThat(batch.getTotalRows()).isEqualTo(1L);
        assertThat(batch.getFormat().getValue()).isEqualTo("JSON");
    }
}
