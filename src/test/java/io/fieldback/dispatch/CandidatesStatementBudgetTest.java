package io.fieldback.dispatch;

import static io.fieldback.support.StatementBudget.counted;
import static io.fieldback.support.StatementBudget.statementsOf;
import static io.fieldback.support.StatementBudget.within;
import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** The candidate list reads the station's technicians in batches: more technicians, no more statements. */
@QuarkusTest
class CandidatesStatementBudgetTest {

    @Test
    void theStatementsDoNotGrowWithTheTechniciansOrTheirEarlierJobs() {
        DispatchFixtures f = new DispatchFixtures();
        UUID visit = f.visitOnDay(10, 12, 10);
        String path = "/api/v1/visits/" + visit + "/dispatch-candidates";
        hired(f, 0);
        admin().get(path).then().statusCode(200); // first sight writes the visit's dispatch facts: not counted
        Response one = counted(admin()).get(path);
        one.then().statusCode(200).body("candidates.size()", equalTo(1));
        for (int i = 1; i < 6; i++) {
            hired(f, i);
        }
        Response six = counted(admin()).get(path);
        six.then().statusCode(200).body("candidates.size()", equalTo(6))
                .body("candidates[0].from", equalTo("PREVIOUS_JOB"));
        within("candidates of one visit, 6 technicians with earlier jobs", six, statementsOf(one));
    }

    /** A capable technician with an earlier job that day (08:00-09:00, a few km north). */
    private static void hired(DispatchFixtures f, int n) {
        UUID tech = f.capableTechnician("预算" + n, b -> { });
        AssignmentLifecycleTest.assign(f, f.visitOnDay(8, 9, 2 + n), tech, "ASSIGNED");
    }
}
