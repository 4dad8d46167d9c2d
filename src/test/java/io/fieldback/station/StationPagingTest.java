package io.fieldback.station;

import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.idsByCursor;
import static io.fieldback.station.StationFixtures.idsByLink;
import static io.fieldback.station.StationFixtures.addTechnician;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class StationPagingTest {

    private static final String STATIONS = "/api/v1/stations";

    private static List<String> stations(UUID dealer, int count) {
        return IntStream.range(0, count).mapToObj(i -> TestData.station(dealer).toString()).toList();
    }

    @Test
    void followingNextCursorVisitsEveryStationOnce() {
        UUID dealer = TestData.dealer();
        List<String> created = stations(dealer, 5);
        List<String> seen = idsByCursor(() -> admin(), STATIONS, Map.of("dealerId", dealer), 2);
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void followingTheLinkHeaderVisitsEveryStationOnce() {
        UUID dealer = TestData.dealer();
        List<String> created = stations(dealer, 5);
        List<String> seen = idsByLink(() -> admin(), STATIONS, Map.of("dealerId", dealer), 2);
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void linkHeaderKeepsTheFiltersAndTheLimit() {
        UUID dealer = TestData.dealer();
        stations(dealer, 3);
        Response first = admin().queryParam("dealerId", dealer).queryParam("limit", 2).get(STATIONS);
        String link = first.header("Link");
        assertThat(link).contains("dealerId=" + dealer).contains("limit=2")
                .contains("cursor=" + first.path("nextCursor")).endsWith("; rel=\"next\"");
    }

    @Test
    void aPageExactlyFullHasNoNextCursor() {
        UUID dealer = TestData.dealer();
        stations(dealer, 2);
        Response response = admin().queryParam("dealerId", dealer).queryParam("limit", 2).get(STATIONS);
        response.then().statusCode(200).body("nextCursor", nullValue());
        assertThat(response.header("Link")).isNull();
        assertThat((List<?>) response.path("items")).hasSize(2);
    }

    @Test
    void emptyListIs200WithNoItems() {
        admin().queryParam("dealerId", TestData.dealer()).get(STATIONS).then().statusCode(200)
                .body("items", emptyIterable()).body("nextCursor", nullValue());
    }

    @Test
    void techniciansPageAcrossTheirStation() {
        UUID station = TestData.station(TestData.dealer());
        List<String> created = IntStream.range(0, 5).mapToObj(i -> addTechnician(station).toString()).toList();
        assertThat(idsByCursor(() -> admin(), "/api/v1/technicians", Map.of("stationId", station), 2))
                .containsExactlyElementsOf(created);
        assertThat(idsByLink(() -> admin(), "/api/v1/technicians", Map.of("stationId", station), 3))
                .containsExactlyElementsOf(created);
    }

    @Test
    void dealersPageWithoutRepeatsOrGaps() {
        List<String> created = IntStream.range(0, 5).mapToObj(i -> TestData.dealer().toString()).toList();
        List<String> seen = idsByLink(() -> admin(), "/api/v1/dealers", Map.of(), 7);
        assertThat(seen).doesNotHaveDuplicates().containsAll(created);
    }

    @Test
    void limitZeroIsRejected() {
        assertInvalid(admin().queryParam("limit", 0).get(STATIONS), "limit");
    }

    @Test
    void limitAbove500IsRejected() {
        assertInvalid(admin().queryParam("limit", 501).get(STATIONS), "limit");
    }

    @Test
    void limitOf500IsAccepted() {
        admin().queryParam("limit", 500).queryParam("dealerId", TestData.dealer()).get(STATIONS).then()
                .statusCode(200);
    }

    @Test
    void foreignCursorIsRejected() {
        assertInvalid(admin().queryParam("cursor", "not-a-cursor!").get(STATIONS), "cursor");
    }

    @Test
    void badRegionFilterIsRejectedWith400() {
        assertInvalid(admin().queryParam("region", "ATLANTIS").get(STATIONS), "region")
                .body("detail", org.hamcrest.Matchers.containsString("CENTRAL"));
    }
}
