package io.fieldback.privacy;

import static io.fieldback.privacy.PrivacyFixtures.AUDIT;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

/** Nobody can change or remove what the audit log holds: not through the API, not in the database. */
@QuarkusTest
class AuditLogAppendOnlyTest {

    @Inject
    DataSource dataSource;

    private static List<Map<String, Object>> eventsOfANewAgent(PrivacyFixtures f, String agent) {
        PrivacyFixtures.as(agent, Roles.AGENT).get(f.customerPath()).then().statusCode(200);
        return PrivacyFixtures.auditOf(agent);
    }

    @Test
    void theApiOffersNoWayToChangeOrDeleteAnEvent() {
        PrivacyFixtures f = new PrivacyFixtures();
        String agent = TestData.unique("agent");
        List<Map<String, Object>> before = eventsOfANewAgent(f, agent);
        String id = (String) before.get(0).get("id");
        admin().body("{}").post(AUDIT).then().statusCode(405);
        admin().body("{}").put(AUDIT).then().statusCode(405);
        admin().delete(AUDIT).then().statusCode(405);
        admin().body("{}").patch(AUDIT).then().statusCode(405);
        for (String method : new String[] { "PUT", "PATCH", "DELETE", "GET" }) {
            int status = admin().body("{}").request(method, AUDIT + "/" + id).statusCode();
            assertThat(status).as(method + " on one event").isIn(404, 405);
        }
        assertThat(PrivacyFixtures.auditOf(agent)).isEqualTo(before);
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteEvents() throws SQLException {
        PrivacyFixtures f = new PrivacyFixtures();
        String agent = TestData.unique("agent");
        List<Map<String, Object>> before = eventsOfANewAgent(f, agent);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE audit_events SET subject = 'someone-else' WHERE subject = '" + agent + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_events WHERE subject = '" + agent + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(PrivacyFixtures.auditOf(agent)).isEqualTo(before);
    }
}
