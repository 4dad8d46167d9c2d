package io.fieldback.notification;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.DomainEvents;
import io.fieldback.common.TimeSource;
import io.fieldback.notification.internal.NotificationIntake;
import io.fieldback.notification.internal.NotificationJob;
import io.fieldback.support.StatementBudget;
import io.fieldback.support.StatementCounter;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The intake reads a claimed batch of events at once (issue 21): the rules, the events the old reader saw and the
 * customers' contacts are read once for the batch, with the facts as they are when the batch is read.
 */
@QuarkusTest
class IntakeBatchTest {

    private static final String TOPIC = "test.intake-batch";

    @Inject
    DomainEvents events;
    @Inject
    NotificationJob job;
    @Inject
    NotificationIntake intake;
    @Inject
    TimeSource time;

    @BeforeEach
    void topic() {
        NotificationFixtures.topic(TOPIC, Map.of("fields", List.of("note"), "channels", List.of("SMS")));
        intake.run(); // other tests' events
    }

    @AfterEach
    void realTime() {
        time.reset();
    }

    @Test
    void aBatchMixingEventsThatMakeMessagesAndEventsThatDoNot() {
        NotificationFixtures two = new NotificationFixtures(events, job, time);
        UUID first = two.contact("许师傅", true);
        UUID second = two.contact("王师傅", false);
        NotificationFixtures none = new NotificationFixtures(events, job, time);
        UUID toBoth = two.record(TOPIC, Map.of("note", "both"));
        none.record(TOPIC, Map.of("note", "nobody to tell"));
        UUID toOne = two.record(TOPIC, Map.of("note", "one", "contactId", second.toString()));

        assertThat(intake.run()).isEqualTo(3);
        assertThat(two.notifications(first)).extracting(n -> n.get("eventId")).containsExactly(toBoth.toString());
        assertThat(two.notifications(second)).extracting(n -> n.get("eventId"))
                .containsExactlyInAnyOrder(toBoth.toString(), toOne.toString());
        assertThat(intake.run()).isZero();
    }

    @Test
    void aContactRemovedAfterTheEventIsNotTold() {
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        UUID stays = f.contact("许师傅", true);
        UUID leaves = f.contact("王师傅", false);
        f.record(TOPIC, Map.of("note", "after"));
        admin().delete("/api/v1/customers/" + f.customer + "/contacts/" + leaves).then().statusCode(204);

        assertThat(intake.run()).isEqualTo(1);
        assertThat(f.notifications(stays)).hasSize(1);
        assertThat(f.notifications(leaves)).isEmpty();
    }

    @Test
    void aBatchOfFiftyEventsReadsWhatItNeedsOnce() {
        int[] idle = StatementCounter.statementsAndSelectsOf(() -> intake.run());
        NotificationFixtures f = new NotificationFixtures(events, job, time);
        f.contact("许师傅", true);
        for (int i = 0; i < 50; i++) {
            f.record(TOPIC, Map.of("note", "n" + i));
        }
        int[] counted = StatementCounter.statementsAndSelectsOf(() -> intake.run());
        // beyond a run with nothing to read: the batch's scan, rules, old reader's table and contacts
        StatementBudget.within("notifications: SELECTs for 50 events", counted[1] - idle[1], 4);
        StatementBudget.within("notifications: statements for 50 events", counted[0] - idle[0], 8);
    }
}
