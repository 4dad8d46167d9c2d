package io.fieldback.visit;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The phone's delta feed: every change exactly once, across pages and polls. */
@QuarkusTest
class VisitFeedTest {

    private VisitFixtures f;

    @BeforeEach
    void freshStationAndCustomer() {
        f = new VisitFixtures();
    }

    private List<String> drain(String firstCursor, List<String> cursorOut) {
        List<String> seen = new ArrayList<>();
        String cursor = firstCursor;
        while (true) {
            var request = f.phone().queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/me/visits").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            if (page.getString("pollCursor") != null) {
                cursorOut.add(page.getString("pollCursor"));
            }
            cursor = page.getString("nextCursor");
            if (cursor == null) {
                return seen;
            }
        }
    }

    @Test
    void eachChangeArrivesExactlyOnceAcrossPagesAndPolls() {
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(f.createVisit());
        }
        List<String> cursors = new ArrayList<>();
        List<String> firstPoll = drain(null, cursors);
        assertThat(firstPoll).containsExactlyElementsOf(created.stream().map(UUID::toString).toList());

        String resume = cursors.get(cursors.size() - 1);
        assertThat(drain(resume, new ArrayList<>())).isEmpty();

        // a change to one visit shows up once on the next poll, and a cancelled one is included
        UUID changed = created.get(1);
        f.phone().body(VisitFixtures.event(VisitEventType.ARRIVED, Instant.now().minusSeconds(5)))
                .post("/api/v1/visits/" + changed + "/events").then().statusCode(201);
        UUID cancelled = created.get(3);
        admin().body(Map.of("reason", "客户取消")).post("/api/v1/visits/" + cancelled + "/cancel").then().statusCode(200);
        List<String> secondPoll = drain(resume, new ArrayList<>());
        assertThat(secondPoll).containsExactly(changed.toString(), cancelled.toString());
    }

    @Test
    void updatedAfterStartsTheFeedAtAPointInTime() {
        UUID before = f.createVisit();
        Instant mark = admin().get("/api/v1/visits/" + before).jsonPath().getObject("updatedAt", String.class) == null
                ? Instant.now() : Instant.parse(admin().get("/api/v1/visits/" + before).jsonPath().getString("updatedAt"));
        UUID after = f.createVisit();
        List<String> ids = f.phone().queryParam("updatedAfter", mark.toString()).get("/api/v1/me/visits").then()
                .statusCode(200).extract().jsonPath().getList("items.id");
        assertThat(ids).containsExactly(after.toString());
    }

    @Test
    void onlyTechniciansHaveAFeed() {
        admin().get("/api/v1/me/visits").then().statusCode(403);
    }

    @Test
    void aForgedCursorIs400() {
        f.phone().queryParam("cursor", "bm9wZQ").get("/api/v1/me/visits").then().statusCode(400);
    }
}
