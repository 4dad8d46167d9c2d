package io.fieldback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fieldback.client.ApiClient;
import io.fieldback.client.ApiException;
import io.fieldback.client.ApiResponse;
import io.fieldback.client.api.CustomersApi;
import io.fieldback.client.api.DealersApi;
import io.fieldback.client.api.FollowUpCallsApi;
import io.fieldback.client.api.StationsApi;
import io.fieldback.client.api.VisitsApi;
import io.fieldback.client.model.AnswerRequest;
import io.fieldback.client.model.Application;
import io.fieldback.client.model.AttemptOutcome;
import io.fieldback.client.model.AttemptRequest;
import io.fieldback.client.model.ContactRequest;
import io.fieldback.client.model.ContactRole;
import io.fieldback.client.model.Customer;
import io.fieldback.client.model.CustomerRequest;
import io.fieldback.client.model.Dealer;
import io.fieldback.client.model.DealerRequest;
import io.fieldback.client.model.Equipment;
import io.fieldback.client.model.EquipmentRequest;
import io.fieldback.client.model.FollowUp;
import io.fieldback.client.model.FollowUpStatus;
import io.fieldback.client.model.Importance;
import io.fieldback.client.model.Outcome;
import io.fieldback.client.model.Relationship;
import io.fieldback.client.model.Station;
import io.fieldback.client.model.StationRequest;
import io.fieldback.client.model.Visit;
import io.fieldback.client.model.VisitEventRequest;
import io.fieldback.client.model.VisitEventType;
import io.fieldback.client.model.VisitRequest;
import io.fieldback.client.model.VisitStatus;
import io.fieldback.client.model.VisitType;
import io.fieldback.customer.CustomerFixtures;
import io.fieldback.followup.FollowUpScheduler;
import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Drives a whole flow through the Java client generated from the committed contract
 * (openapi/openapi.yaml, see the openapi-generator plugin in pom.xml), the way a dealer integrator
 * would, from master data through a visit and its completion to the follow-up call and the
 * customer's answers: if the contract and the server disagree, or the contract produces an awkward client, this
 * fails. No REST Assured and no server classes here: only what the generated client offers.
 */
@QuarkusTest
class GeneratedClientFlowTest {

    @TestHTTPResource("/")
    URL server;

    /** Turns completed visits into calls; in production it runs in the background, here the test runs it. */
    @Inject
    FollowUpScheduler followUps;

    private ApiClient client() {
        return client(Tokens.token("admin", null, null));
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void integratorFollowsACustomerFromVisitToCompletionToFollowUpAnswers() throws ApiException {
        ApiClient client = client();
        DealersApi dealers = new DealersApi(client);
        StationsApi stations = new StationsApi(client);
        CustomersApi customers = new CustomersApi(client);
        VisitsApi visits = new VisitsApi(client);

        ApiResponse<Dealer> dealerResponse = dealers.createDealerWithHttpInfo(
                new DealerRequest().code(TestData.unique("DLR")).name("上海东方动力服务有限公司"),
                UUID.randomUUID().toString());
        assertThat(dealerResponse.getStatusCode()).isEqualTo(201);
        assertThat(dealerResponse.getHeaders().get("location")).isNotEmpty();
        Dealer dealer = dealerResponse.getData();
        assertThat(dealer.getId()).isNotNull();

        Station station = stations.createStation(new StationRequest().code(TestData.unique("ST")).name("浦东服务站")
                .dealerId(dealer.getId()).region("EAST").province("上海")
                .latitude(new BigDecimal("31.2304")).longitude(new BigDecimal("121.4737")), null);
        assertThat(station.getDealerId()).isEqualTo(dealer.getId());

        Customer customer = customers.createCustomer(new CustomerRequest().code(TestData.unique("C"))
                .name("江苏宏运物流有限公司").relationship(Relationship.END_USER).importance(Importance.KEY)
                .region("EAST").province("江苏").dealerId(dealer.getId()), null);
        customers.createContact(customer.getId(), new ContactRequest().name("李师傅").role(ContactRole.DRIVER)
                .phone(CustomerFixtures.mobile()).preferred(true), null);
        Equipment equipment = customers.createEquipment(customer.getId(), new EquipmentRequest()
                .serialNumber(TestData.unique("SN").toUpperCase()).productSeries("YC6K").application(Application.TRUCK)
                .deliveryDate(LocalDate.of(2020, 1, 1)), null);

        // the integrator chooses the visit's id, so a retried PUT can never create a second visit
        UUID visitId = UUID.randomUUID();
        // the visit was last week, so the follow-up call (due a week after completion) is due now
        OffsetDateTime requested = OffsetDateTime.now(ZoneOffset.UTC).minusDays(8).truncatedTo(ChronoUnit.SECONDS);
        VisitRequest request = new VisitRequest().customerId(customer.getId()).equipmentId(equipment.getId())
                .stationId(station.getId()).type(VisitType.WARRANTY_REPAIR).faultReported("发动机启动困难，冒黑烟")
                .requestedAt(requested);
        Visit created = visits.putVisit(visitId, request, null);
        assertThat(created.getId()).isEqualTo(visitId);
        assertThat(created.getStatus()).isEqualTo(VisitStatus.REQUESTED);
        assertThat(visits.putVisit(visitId, request, null).getVersion())
                .as("the same PUT again changes nothing").isEqualTo(created.getVersion());

        visits.addVisitEvent(visitId, new VisitEventRequest().id(UUID.randomUUID()).type(VisitEventType.ARRIVED)
                .occurredAt(requested.plusMinutes(90)));
        Visit completed = visits.addVisitEvent(visitId, new VisitEventRequest().id(UUID.randomUUID())
                .type(VisitEventType.COMPLETED).outcome(Outcome.FIXED).occurredAt(requested.plusMinutes(150)));
        assertThat(completed.getStatus()).isEqualTo(VisitStatus.COMPLETED);

        Visit read = visits.getVisit(visitId);
        assertThat(read.getStatus()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(read.getOutcome()).isEqualTo(Outcome.FIXED);
        assertThat(read.getArrivedAt()).isEqualTo(requested.plusMinutes(90));
        assertThat(read.getCompletedAt()).isEqualTo(requested.plusMinutes(150));
        assertThat(read.getResponseMinutes()).isEqualTo(90L);
        assertThat(visits.listVisitEvents(visitId)).extracting(e -> e.getType())
                .containsExactly(VisitEventType.ARRIVED, VisitEventType.COMPLETED);

        // the completion becomes one follow-up call; an agent calls and records the customer's answers
        followUps.runOnce();
        FollowUpCallsApi calls = new FollowUpCallsApi(client());
        List<FollowUp> ofVisit = calls.listFollowUps(null, null, null, null, null, null, null, null, null, null, null, visitId)
                .getItems();
        assertThat(ofVisit).hasSize(1);
        FollowUp call = ofVisit.get(0);
        assertThat(call.getStatus()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(call.getCustomerId()).isEqualTo(customer.getId());

        List<AnswerRequest> answers = new ArrayList<>();
        for (String dimension : List.of("quality", "attitude", "speed", "proactive")) {
            answers.add(new AnswerRequest().item(dimension + "_satisfied").value(true));
            answers.add(new AnswerRequest().item(dimension + "_score").value(4));
        }
        FollowUpCallsApi agent = new FollowUpCallsApi(client(Tokens.token(TestData.unique("agent"), Roles.AGENT,
                null, null)));
        FollowUp answered = agent.recordFollowUpAttempt(call.getId(), new AttemptRequest()
                .outcome(AttemptOutcome.COMPLETED).durationSeconds(240).questionnaireVersion(1).answers(answers),
                UUID.randomUUID().toString());
        assertThat(answered.getStatus()).isEqualTo(FollowUpStatus.COMPLETED);

        FollowUp read2 = calls.getFollowUp(call.getId());
        assertThat(read2.getStatus()).isEqualTo(FollowUpStatus.COMPLETED);
        assertThat(read2.getAnswers()).hasSize(8);
        assertThat(read2.getAttempts()).hasSize(1);
    }

    @Test
    void errorsReachTheClientAsProblemDetails() {
        VisitsApi visits = new VisitsApi(client());
        assertThatThrownBy(() -> visits.getVisit(UUID.randomUUID()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(404);
                    assertThat(e.getResponseHeaders().firstValue("content-type")).hasValue("application/problem+json");
                    assertThat(e.getResponseBody()).contains("\"status\":404");
                });
    }
}
