package io.fieldback.followup;

import static io.fieldback.followup.FollowUpFixtures.FOLLOWUPS;
import static io.fieldback.followup.FollowUpFixtures.callOfVisit;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.followup.internal.FollowUpConfig;
import io.fieldback.followup.internal.FollowUpPolicy;
import io.fieldback.customer.Relationship;
import io.fieldback.followup.FollowUpFixtures.Callable;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A call that may not be made is still stored, as NOT_ELIGIBLE with its reason. */
@QuarkusTest
class EligibilityTest {

    @Inject
    FollowUpScheduler scheduler;

    @Inject
    FollowUpConfig config;

    private FollowUpFixtures f;

    @BeforeEach
    void freshStation() {
        f = new FollowUpFixtures();
    }

    private JsonPath scheduledCall(UUID customer, UUID equipment, Instant completedAt) {
        UUID visit = f.completedVisit(customer, equipment, completedAt);
        scheduler.runOnce();
        return callOfVisit(visit);
    }

    private static void assertNotEligible(JsonPath call, String reason) {
        assertThat(call.getString("status")).isEqualTo("NOT_ELIGIBLE");
        assertThat(call.getString("ineligibleReason")).isEqualTo(reason);
        assertThat(call.getString("closedAt")).isNotNull();
    }

    @Test
    void aDoNotCallCustomerIsNotEligible() {
        UUID customer = FollowUpFixtures.customer("END_USER", true);
        FollowUpFixtures.contact(customer, FollowUpFixtures.mobile(), null, null, true);
        assertNotEligible(scheduledCall(customer, null, Instant.now().minusSeconds(600)), "DO_NOT_CALL");
    }

    @Test
    void doNotCallAlsoStopsACallMadeByHand() {
        UUID customer = FollowUpFixtures.customer("END_USER", true);
        FollowUpFixtures.contact(customer, FollowUpFixtures.mobile(), null, null, true);
        admin().body(Map.of("customerId", customer.toString())).post(FOLLOWUPS).then().statusCode(201)
                .body("status", equalTo("NOT_ELIGIBLE")).body("ineligibleReason", equalTo("DO_NOT_CALL"));
    }

    @Test
    void aCustomerWithoutAnActiveContactIsNotEligible() {
        UUID customer = FollowUpFixtures.customer("END_USER", false);
        UUID contact = FollowUpFixtures.contact(customer, FollowUpFixtures.mobile(), null, null, true);
        admin().delete("/api/v1/customers/" + customer + "/contacts/" + contact).then().statusCode(204);
        assertNotEligible(scheduledCall(customer, null, Instant.now().minusSeconds(600)), "NO_CONTACT");
    }

    @Test
    void aSegmentWithItsOwnChannelIsNotEligible() {
        QuarkusMock.installMockForType(new FollowUpPolicy(config) {
            @Override
            public Set<Relationship> excludedRelationships() {
                return Set.of(Relationship.OEM);
            }
        }, FollowUpPolicy.class);
        Callable oem = FollowUpFixtures.callable("OEM");
        assertNotEligible(scheduledCall(oem.customerId(), oem.equipmentId(), Instant.now().minusSeconds(600)),
                "EXCLUDED_SEGMENT");
        Callable dealer = FollowUpFixtures.callable("DEALER");
        assertThat(scheduledCall(dealer.customerId(), dealer.equipmentId(), Instant.now().minusSeconds(600))
                .getString("status")).isEqualTo("OPEN");
    }

    @Test
    void equipmentDeliveredLessThanTheMilestoneBeforeTheCallIsNotEligible() {
        Callable c = FollowUpFixtures.callable("END_USER");
        Instant completedAt = Instant.now().minusSeconds(600);
        LocalDate due = LocalDate.ofInstant(completedAt.plus(config.delay()), ZoneId.of("Asia/Shanghai"));
        // delivered 20 days before the call is due: inside the 30-day milestone
        UUID recent = FollowUpFixtures.equipment(c.customerId(), "YC6K", due.minusDays(20));
        assertNotEligible(scheduledCall(c.customerId(), recent, completedAt), "NOT_PAST_DELIVERY_MILESTONE");
    }

    @Test
    void equipmentPastTheMilestoneIsEligible() {
        Callable c = FollowUpFixtures.callable("END_USER");
        Instant completedAt = Instant.now().minusSeconds(600);
        LocalDate due = LocalDate.ofInstant(completedAt.plus(config.delay()), ZoneId.of("Asia/Shanghai"));
        UUID unit = FollowUpFixtures.equipment(c.customerId(), "YC6K", due.minusDays(31));
        assertThat(scheduledCall(c.customerId(), unit, completedAt).getString("status")).isEqualTo("OPEN");
    }

    @Test
    void aCustomerCalledWithinTheRecentWindowIsNotCalledAgain() {
        Callable c = FollowUpFixtures.callable("DEALER");
        Instant first = Instant.now().minus(20, ChronoUnit.DAYS);
        assertThat(scheduledCall(c.customerId(), c.equipmentId(), first).getString("status")).isEqualTo("OPEN");
        // a second visit ten days later: its call would come ten days after the first one
        assertNotEligible(scheduledCall(c.customerId(), c.equipmentId(), first.plus(10, ChronoUnit.DAYS)),
                "CALLED_RECENTLY");
    }

    @Test
    void aCustomerIsCalledAgainOnceTheRecentWindowHasPassed() {
        Callable c = FollowUpFixtures.callable("DEALER");
        Instant first = Instant.now().minus(60, ChronoUnit.DAYS);
        scheduledCall(c.customerId(), c.equipmentId(), first);
        assertThat(scheduledCall(c.customerId(), c.equipmentId(), first.plus(31, ChronoUnit.DAYS))
                .getString("status")).isEqualTo("OPEN");
    }

    @Test
    void aCallThatWasNotEligibleDoesNotCountAsACall() {
        UUID customer = FollowUpFixtures.customer("END_USER", false);
        UUID contact = FollowUpFixtures.contact(customer, FollowUpFixtures.mobile(), null, null, true);
        admin().delete("/api/v1/customers/" + customer + "/contacts/" + contact).then().statusCode(204);
        Instant first = Instant.now().minus(20, ChronoUnit.DAYS);
        assertNotEligible(scheduledCall(customer, null, first), "NO_CONTACT");
        FollowUpFixtures.contact(customer, FollowUpFixtures.mobile(), null, null, true);
        assertThat(scheduledCall(customer, null, first.plus(5, ChronoUnit.DAYS)).getString("status"))
                .isEqualTo("OPEN");
    }

    @Test
    void doNotCallWinsOverEveryOtherReason() {
        UUID customer = FollowUpFixtures.customer("END_USER", true);
        FollowUpFixtures.contact(customer, FollowUpFixtures.mobile(), null, null, true);
        UUID newUnit = FollowUpFixtures.equipment(customer, "YC6K", LocalDate.now());
        assertNotEligible(scheduledCall(customer, newUnit, Instant.now().minusSeconds(600)), "DO_NOT_CALL");
    }

    @Test
    void aNotEligibleCallTakesNoAttempts() {
        UUID customer = FollowUpFixtures.customer("END_USER", true);
        FollowUpFixtures.contact(customer, FollowUpFixtures.mobile(), null, null, true);
        String id = admin().body(Map.of("customerId", customer.toString())).post(FOLLOWUPS).then().statusCode(201)
                .extract().path("id");
        FollowUpFixtures.anyAgent().body(FollowUpFixtures.attempt("NO_ANSWER", null))
                .post(FollowUpFixtures.attempts(UUID.fromString(id))).then().statusCode(409)
                .contentType("application/problem+json");
    }
}
