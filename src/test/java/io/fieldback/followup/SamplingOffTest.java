package io.fieldback.followup;

import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** With sampling off (the default), every eligible call goes to the queue and there is nothing to draw. */
@QuarkusTest
class SamplingOffTest {

    @Test
    void drawingASampleWithSamplingOffIsAConflictThatSaysWhy() {
        admin().body(Map.of("size", 10)).post(FollowUpFixtures.FOLLOWUPS + "/samples").then().statusCode(409)
                .body("detail", containsString("fieldback.followup.sampling.enabled"));
    }
}
