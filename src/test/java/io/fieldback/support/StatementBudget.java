package io.fieldback.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Statement budgets: a request marked with {@link #counted} comes back with the number of SQL statements it
 * sent (a JDBC batch counts once); {@link #within} fails when it is above the budget written in the test.
 */
public final class StatementBudget {

    private StatementBudget() {
    }

    public static RequestSpecification counted(RequestSpecification request) {
        return request.header(StatementCounter.REQUEST_HEADER, "1");
    }

    public static int statementsOf(Response response) {
        String count = response.getHeader(StatementCounter.RESPONSE_HEADER);
        assertThat(count).as("statement count header (is the test driver configured?)").isNotNull();
        return Integer.parseInt(count);
    }

    /** The request's statement count, checked against its budget; printed so the figure shows in the test log. */
    public static int within(String what, Response response, int budget) {
        int statements = statementsOf(response);
        System.out.printf("statement budget: %-48s %3d (budget %d)%n", what, statements, budget);
        assertThat(statements).as(what + ": SQL statements per request").isLessThanOrEqualTo(budget);
        return statements;
    }

    public static int within(String what, int statements, int budget) {
        System.out.printf("statement budget: %-48s %3d (budget %d)%n", what, statements, budget);
        assertThat(statements).as(what + ": SQL statements").isLessThanOrEqualTo(budget);
        return statements;
    }
}
