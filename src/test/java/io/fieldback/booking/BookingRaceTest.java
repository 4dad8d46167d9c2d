package io.fieldback.booking;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.fieldback.support.Tokens;
import io.restassured.RestAssured;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class BookingRaceTest {

    /** 12 callers at once for a slot of 3 bays: exactly 3 confirmed, 9 told 409 with the next free slots. */
    @Test
    void aSlotIsNeverOversold() throws Exception {
        BookingFixtures f = new BookingFixtures();
        f.open(3);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(() -> f.book(f.at(9)));
        }
        List<Integer> statuses = new ArrayList<>();
        List<String> details = new ArrayList<>();
        for (Future<Response> r : pool.invokeAll(calls)) {
            statuses.add(r.get().statusCode());
            if (r.get().statusCode() == 409) {
                details.add(r.get().jsonPath().getString("detail"));
            }
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(3);
        assertThat(details).hasSize(9).allMatch(d -> d.contains("next free: [" + f.at(10)));
        assertThat(admin().queryParam("stationId", f.station).queryParam("status", "CONFIRMED")
                .get("/api/v1/appointments").then().statusCode(200).extract().jsonPath().getList("items")).hasSize(3);
    }

    /**
     * One agent sends 8 hold requests at once over the day's 4 slots of 2 bays (8 places). The limit is 3
     * (fieldback.booking.max-holds-per-holder): exactly 3 held, 5 told 422 naming the limit, and nothing else
     * stored: 3 HELD appointments of that agent and 8 - 3 = 5 places still free that day.
     */
    @Test
    void oneCallersParallelHoldsStopAtTheLimit() throws Exception {
        BookingFixtures f = new BookingFixtures();
        f.open(2);
        String agent = Tokens.token("agent-" + UUID.randomUUID(), "agent", null, null);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int hour = 8 + i % 4;
            calls.add(() -> RestAssured.given().auth().oauth2(agent).contentType("application/json")
                    .body(f.booking(f.at(hour), true)).post("/api/v1/appointments"));
        }
        List<Response> answers = new ArrayList<>();
        for (Future<Response> r : pool.invokeAll(calls)) {
            answers.add(r.get());
        }
        pool.shutdown();
        assertThat(answers.stream().map(Response::statusCode)).containsOnly(201, 422);
        assertThat(answers.stream().filter(r -> r.statusCode() == 201).count()).isEqualTo(3);
        assertThat(answers.stream().filter(r -> r.statusCode() == 422).map(r -> r.jsonPath().getString("type")))
                .hasSize(5).allMatch(t -> t.contains("hold-limit"));
        assertThat(answers.stream().filter(r -> r.statusCode() == 422).map(r -> r.jsonPath().getString("detail")))
                .allMatch(d -> d.contains("you already hold 3 slots"));
        List<String> stored = admin().queryParam("stationId", f.station).get("/api/v1/appointments").then()
                .statusCode(200).extract().jsonPath().getList("items.status");
        assertThat(stored).hasSize(3).containsOnly("HELD");
        List<Integer> free = admin().queryParam("from", f.day.toString()).queryParam("to", f.day.toString())
                .get("/api/v1/stations/" + f.station + "/free-slots").then().statusCode(200).extract().jsonPath()
                .getList("items.free", Integer.class);
        assertThat(free.stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
    }

    @Test
    void theSameIdempotencyKeyBooksOnce() {
        BookingFixtures f = new BookingFixtures();
        f.open(2);
        String key = UUID.randomUUID().toString();
        String agent = Tokens.token("agent-" + key, "agent", null, null);
        String first = io.restassured.RestAssured.given().auth().oauth2(agent).contentType("application/json").header("Idempotency-Key", key).body(f.booking(f.at(8), false))
                .post("/api/v1/appointments").then().statusCode(201).extract().path("id");
        io.restassured.RestAssured.given().auth().oauth2(agent).contentType("application/json").header("Idempotency-Key", key).body(f.booking(f.at(8), false))
                .post("/api/v1/appointments").then().statusCode(201).body("id", equalTo(first));
        admin().queryParam("from", f.day.toString()).queryParam("to", f.day.toString())
                .get("/api/v1/stations/" + f.station + "/free-slots").then().statusCode(200)
                .body("items[0].free", equalTo(1));
    }
}
