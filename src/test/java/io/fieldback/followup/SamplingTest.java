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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.followup.internal.FollowUpConfig;
import io.fieldback.followup.internal.FollowUpPolicy;
import io.fieldback.followup.FollowUpFixtures.Callable;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Sampling mode: a day's calls are a sample of the eligible ones in proportion to relationship type.
 * Each test works on a day of its own in the past (after the fixtures' delivery date), so no other
 * test's calls fall into its sample.
 */
@QuarkusTest
class SamplingTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String SAMPLES = FOLLOWUPS + "/samples";

    @Inject
    FollowUpScheduler scheduler;

    @Inject
    FollowUpConfig config;

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_DAY = new java.util.concurrent.atomic.AtomicInteger();

    private FollowUpFixtures f;
    private LocalDate day;

    @BeforeEach
    void samplingOn() {
        QuarkusMock.installMockForType(new FollowUpPolicy(config) {
            @Override
            public boolean samplingEnabled() {
                return true;
            }
        }, FollowUpPolicy.class);
        f = new FollowUpFixtures();
        // a day of its own per test, each earlier than the last: a draw sweeps every call still waiting from
        // before its day, so a later day would also take an earlier test's leftovers (a random day could
        // also repeat one, and its draw answer 409)
        day = LocalDate.now(SHANGHAI).minusDays(400 + 3L * NEXT_DAY.getAndIncrement());
    }

    /** Visits whose calls fall due at noon of the test's day. */
    private List<UUID> visitsDueOnTheDay(String relationship, int count) {
        Instant completedAt = day.atTime(12, 0).atZone(SHANGHAI).toInstant().minus(config.delay());
        List<UUID> visits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Callable c = FollowUpFixtures.callable(relationship);
            visits.add(f.completedVisit(c.customerId(), c.equipmentId(), completedAt.plusSeconds(i)));
        }
        return visits;
    }

    private JsonPath draw(int size) {
        return admin().body(Map.of("date", day.toString(), "size", size)).post(SAMPLES).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/samples/" + day)).extract().jsonPath();
    }

    @Test
    void inSamplingModeEligibleCallsWaitForTheDaysSample() {
        List<UUID> visits = visitsDueOnTheDay("END_USER", 1);
        scheduler.runOnce();
        assertThat(callOfVisit(visits.get(0)).getString("status")).isEqualTo("AWAITING_SAMPLE");
        FollowUpFixtures.anyAgent().body(FollowUpFixtures.attempt("NO_ANSWER", null))
                .post(FollowUpFixtures.attempts(UUID.fromString(callOfVisit(visits.get(0)).getString("id"))))
                .then().statusCode(409);
        // drawn, so that no later test finds it waiting
        assertThat(draw(1).getInt("selected")).isEqualTo(1);
    }

    @Test
    void theSampleIsDrawnInProportionToRelationshipWithLargestRemainders() {
        List<UUID> oem = visitsDueOnTheDay("OEM", 7);
        List<UUID> dealer = visitsDueOnTheDay("DEALER", 2);
        List<UUID> endUser = visitsDueOnTheDay("END_USER", 1);
        scheduler.runOnce();

        // exact quotas 2.8, 0.8 and 0.4: floors 2, 0, 0; the two seats left go to the remainders .8 and .8
        JsonPath sample = draw(4);
        assertThat(sample.getInt("requestedSize")).isEqualTo(4);
        assertThat(sample.getInt("population")).isEqualTo(10);
        assertThat(sample.getInt("selected")).isEqualTo(4);
        assertThat(sample.getList("strata.relationship")).containsExactly("OEM", "DEALER", "END_USER");
        assertThat(sample.getList("strata.population", Integer.class)).containsExactly(7, 2, 1);
        assertThat(sample.getList("strata.selected", Integer.class)).containsExactly(3, 1, 0);
        assertThat(sample.getList("strata.exactQuota", Float.class)).containsExactly(2.8f, 0.8f, 0.4f);
        assertThat(sample.getList("strata.populationShare", Float.class)).containsExactly(0.7f, 0.2f, 0.1f);
        assertThat(sample.getList("strata.sampleShare", Float.class)).containsExactly(0.75f, 0.25f, 0f);

        assertThat(statuses(oem)).containsOnlyKeys("OPEN", "NOT_SAMPLED").containsEntry("OPEN", 3);
        assertThat(statuses(dealer)).containsEntry("OPEN", 1).containsEntry("NOT_SAMPLED", 1);
        assertThat(statuses(endUser)).containsOnlyKeys("NOT_SAMPLED");

        admin().get(SAMPLES + "/" + day).then().statusCode(200).body("selected", equalTo(4))
                .body("strata[0].selected", equalTo(3));
        admin().queryParam("sampleDate", day.toString()).queryParam("status", "OPEN").get(FOLLOWUPS).then()
                .statusCode(200).body("items.size()", equalTo(4));
    }

    @Test
    void aSampleAsLargeAsThePopulationTakesEveryone() {
        List<UUID> visits = visitsDueOnTheDay("DEALER", 3);
        scheduler.runOnce();
        assertThat(draw(50).getInt("selected")).isEqualTo(3);
        assertThat(statuses(visits)).containsOnlyKeys("OPEN");
        // a drawn call is in the queue like any other: due, open, and available
        JsonPath call = callOfVisit(visits.get(0));
        assertThat(call.getString("sampleDate")).isEqualTo(day.toString());
    }

    @Test
    void aDayIsSampledOnce() {
        visitsDueOnTheDay("OEM", 1);
        scheduler.runOnce();
        draw(1);
        admin().body(Map.of("date", day.toString(), "size", 1)).post(SAMPLES).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aFutureDayCannotBeSampledYet() {
        admin().body(Map.of("date", LocalDate.now(SHANGHAI).plusDays(2).toString())).post(SAMPLES).then()
                .statusCode(400).body("errors[0].field", equalTo("date"));
    }

    @Test
    void anUnknownDayHasNoSample() {
        admin().get(SAMPLES + "/" + day).then().statusCode(404);
    }

    @Test
    void onlyAnAdminDrawsAndAnAgentMayLook() {
        FollowUpFixtures.anyAgent().body(Map.of("date", day.toString())).post(SAMPLES).then().statusCode(403);
        FollowUpFixtures.anyAgent().get(SAMPLES).then().statusCode(200);
    }

    private static Map<String, Integer> statuses(List<UUID> visits) {
        Map<String, Integer> counts = new HashMap<>();
        for (UUID visit : visits) {
            counts.merge(callOfVisit(visit).getString("status"), 1, Integer::sum);
        }
        return counts;
    }
}
