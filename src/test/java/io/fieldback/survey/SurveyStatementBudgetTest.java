package io.fieldback.survey;

import static io.fieldback.support.StatementBudget.within;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fieldback.support.StatementCounter;
import io.quarkus.test.junit.QuarkusTest;
import io.fieldback.survey.internal.importing.SurveyImporter;

/**
 * Importing a vendor's rows stays within a budget of SQL statements per chunk (issue 21; chunks of 4 rows in
 * the test profile): eight rows are two chunks.
 */
@QuarkusTest
class SurveyStatementBudgetTest {

    @Inject
    SurveyImporter importer;

    @Test
    void importingTwoChunksOfRows() {
        SurveyFixtures f = new SurveyFixtures();
        String[] rows = new String[8];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = f.row("R" + i);
        }
        UUID batch = f.queued(SurveyFixtures.csv(rows));
        boolean[] done = new boolean[1];
        int statements = StatementCounter.countOf(() -> done[0] = importer.runBatch(batch, Integer.MAX_VALUE));
        assertThat(done[0]).isTrue();
        // +1 per chunk since the insights read model: the chunk's interview days are marked stale with it
        within("survey import, 8 rows (2 chunks of 4)", statements, 19);
    }
}
