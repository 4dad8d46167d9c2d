package io.fieldback.campaign;

import static io.fieldback.campaign.CampaignFixtures.URL;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fieldback.support.StatementBudget;
import io.fieldback.support.StatementCounter;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Campaigns read a claimed batch of completed visits at once (issue 21): a visit whose event says it is not a
 * recall's costs nothing, the others (a recall's, or recorded before events carried the type) are read in one query.
 */
@QuarkusTest
class CampaignBatchReadingTest {

    private CampaignFixtures f;

    @BeforeEach
    void fixtures() {
        f = new CampaignFixtures();
    }

    @Test
    void aBatchMixingRecallVisitsOtherVisitsAndEventsRecordedBefore() {
        UUID recall = f.machine(f.east, 2, "2026-02-01");
        UUID repaired = f.machine(f.east, 3, "2026-02-01");
        UUID recallBefore = f.machine(f.east, 4, "2026-02-01");
        UUID repairedBefore = f.machine(f.east, 5, "2026-02-01");
        UUID campaign = f.campaign(f.body(2, 6, null, "2099-12-31"));
        admin().post(URL + "/" + campaign + "/start").then().statusCode(200);
        CampaignFixtures.readEvents(); // other tests' events

        f.completedNotYetRead(f.east, recall, "RECALL_CAMPAIGN");
        f.completedNotYetRead(f.east, repaired, "WARRANTY_REPAIR");
        f.completedRecordedBefore(f.east, recallBefore, "RECALL_CAMPAIGN");
        f.completedRecordedBefore(f.east, repairedBefore, "PAID_REPAIR");

        assertThat(CampaignFixtures.readEvents()).isEqualTo(2);
        assertThat(f.item(campaign, recall)).containsEntry("state", "DONE");
        assertThat(f.item(campaign, recallBefore)).containsEntry("state", "DONE");
        assertThat(f.item(campaign, repaired)).containsEntry("state", "NOT_STARTED");
        assertThat(f.item(campaign, repairedBefore)).containsEntry("state", "NOT_STARTED");
    }

    @Test
    void aBatchOfFiftyVisitsThatAreNotARecallsReadsNoVisit() {
        UUID machine = f.machine(f.east, 7, "2026-02-01");
        CampaignFixtures.readEvents();
        for (int i = 0; i < 50; i++) {
            f.completedNotYetRead(f.east, machine, "PAID_REPAIR");
        }
        int[] counted = StatementCounter.statementsAndSelectsOf(CampaignFixtures::readEvents);
        // per topic (booking.confirmed, booking.changed, visit.completed): its watermark and the receipts' scan,
        // and after the batch the next (empty) scan; nothing per visit
        StatementBudget.within("campaign: SELECTs for 50 visit.completed", counted[1], 7);
        StatementBudget.within("campaign: statements for 50 visit.completed", counted[0], 12);
    }
}
