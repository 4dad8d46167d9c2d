package io.fieldback.station;

import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/**
 * Helpers for the master-data tests: stations and technicians at chosen places, one caller reused
 * across requests, problem assertions and walking a keyset-paged list.
 */
public final class StationFixtures {

    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    private StationFixtures() {
    }

    /** A request made with this exact token, so several requests come from one caller (idempotency). */
    public static RequestSpecification with(String token) {
        return RestAssured.given().auth().oauth2(token).contentType("application/json");
    }

    public static Map<String, Object> stationBody(UUID dealerId, double latitude, double longitude) {
        return new HashMap<>(TestData.station(dealerId, latitude, longitude));
    }

    public static UUID station(UUID dealerId, double latitude, double longitude) {
        return UUID.fromString(admin().body(stationBody(dealerId, latitude, longitude)).post("/api/v1/stations")
                .then().statusCode(201).extract().path("id"));
    }

    public static Map<String, Object> technicianBody(UUID stationId, String... productLines) {
        Map<String, Object> body = new HashMap<>();
        body.put("stationId", stationId.toString());
        body.put("name", "王建国");
        body.put("phone", "+8613812345678");
        body.put("productLines", List.of(productLines));
        return body;
    }

    public static UUID addTechnician(UUID stationId, String... productLines) {
        return UUID.fromString(admin().body(technicianBody(stationId, productLines)).post("/api/v1/technicians")
                .then().statusCode(201).extract().path("id"));
    }

    /** A string of the given length made of Chinese characters (each one UTF-16 unit). */
    public static String chinese(int length) {
        return "服".repeat(length);
    }

    /** Asserts a 400 problem+json that names the field (exactly, or as a prefix for nested paths). */
    public static ValidatableResponse assertInvalid(Response response, String field) {
        return response.then().statusCode(400).contentType("application/problem+json")
                .body("type", startsWith("https://fieldback.io/problems/"))
                .body("title", org.hamcrest.Matchers.notNullValue())
                .body("status", org.hamcrest.Matchers.equalTo(400))
                .body("errors.field", hasItem(startsWith(field)));
    }

    public static ValidatableResponse assertProblem(Response response, int status) {
        return response.then().statusCode(status).contentType("application/problem+json")
                .body("status", org.hamcrest.Matchers.equalTo(status));
    }

    /** Walks a list by passing nextCursor back as cursor; returns every id seen, in order. */
    public static List<String> idsByCursor(Supplier<RequestSpecification> caller, String path,
            Map<String, Object> query, int limit) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 1000; page++) {
            RequestSpecification request = caller.get().queryParams(query).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response response = request.get(path);
            response.then().statusCode(200);
            List<String> items = response.path("items.id");
            assertThat(items.size()).isLessThanOrEqualTo(limit);
            ids.addAll(items);
            cursor = response.path("nextCursor");
            if (cursor == null) {
                assertThat(response.header("Link")).as("no Link header on the last page").isNull();
                return ids;
            }
            assertThat(items).as("a page with a next cursor is full").hasSize(limit);
        }
        throw new AssertionError("more than 1000 pages");
    }

    /** Walks a list by following the Link rel="next" header; returns every id seen, in order. */
    public static List<String> idsByLink(Supplier<RequestSpecification> caller, String path,
            Map<String, Object> query, int limit) {
        List<String> ids = new ArrayList<>();
        Response response = caller.get().queryParams(query).queryParam("limit", limit).get(path);
        for (int page = 0; page < 1000; page++) {
            response.then().statusCode(200);
            ids.addAll(response.path("items.id"));
            String link = response.header("Link");
            if (link == null) {
                assertThat((String) response.path("nextCursor")).isNull();
                return ids;
            }
            Matcher matcher = NEXT_LINK.matcher(link);
            assertThat(matcher.find()).as("Link header %s names rel=next", link).isTrue();
            response = caller.get().urlEncodingEnabled(false).get(matcher.group(1));
        }
        throw new AssertionError("more than 1000 pages");
    }

    /** A JSON number (REST Assured reads them as Float) within tolerance of the expected value. */
    public static org.hamcrest.Matcher<Object> near(double expected, double tolerance) {
        return new org.hamcrest.TypeSafeMatcher<>(Object.class) {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number n && Math.abs(n.doubleValue() - expected) <= tolerance;
            }

            @Override
            public void describeTo(org.hamcrest.Description description) {
                description.appendText("a number within " + tolerance + " of " + expected);
            }
        };
    }

    /** Sends the same request from several threads at once; returns the status codes. */
    public static List<Integer> concurrently(int times, Supplier<Response> request) {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(times);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.get().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> future : futures) {
                statuses.add(future.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return statuses;
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One request created the record; every other one was told 409, none failed with a 5xx. */
    public static void assertOneCreatedOthersConflict(List<Integer> statuses) {
        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().contentType("application/json");
    }

    public static RequestSpecification as(String role) {
        return Tokens.as(role);
    }
}
