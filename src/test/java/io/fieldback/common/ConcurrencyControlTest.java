package io.fieldback.common;

import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** ETag / If-Match: nobody overwrites someone else's change without knowing it. */
@QuarkusTest
class ConcurrencyControlTest {

    private Response createDealer() {
        return admin().body(Map.of("code", io.fieldback.support.TestData.unique("D"), "name", "A"))
                .post("/api/v1/dealers");
    }

    @Test
    void getAnswersTheCurrentVersionAsETag() {
        Response created = createDealer();
        String id = created.path("id");
        admin().get("/api/v1/dealers/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void updateWithCurrentETagSucceedsAndAnswersTheNewOne() {
        Response created = createDealer();
        String id = created.path("id");
        admin().header("If-Match", created.header("ETag")).body(Map.of("code", created.path("code"), "name", "B"))
                .put("/api/v1/dealers/" + id).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("name", equalTo("B")).body("version", equalTo(1));
    }

    @Test
    void staleIfMatchIsRejectedWith412AndChangesNothing() {
        Response created = createDealer();
        String id = created.path("id");
        String etag = created.header("ETag");
        admin().header("If-Match", etag).body(Map.of("code", created.path("code"), "name", "B"))
                .put("/api/v1/dealers/" + id).then().statusCode(200);
        admin().header("If-Match", etag).body(Map.of("code", created.path("code"), "name", "C"))
                .put("/api/v1/dealers/" + id).then().statusCode(412).contentType("application/problem+json");
        admin().get("/api/v1/dealers/" + id).then().body("name", equalTo("B"));
    }

    @Test
    void missingIfMatchIs428() {
        Response created = createDealer();
        admin().body(Map.of("code", created.path("code"), "name", "B"))
                .put("/api/v1/dealers/" + created.path("id")).then().statusCode(428)
                .contentType("application/problem+json");
    }
}
