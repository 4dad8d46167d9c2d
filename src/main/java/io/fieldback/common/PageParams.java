package io.fieldback.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code cursor} and {@code limit} query parameters every list accepts. */
public class PageParams {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    @QueryParam("cursor")
    @Parameter(description = "nextCursor of the previous page")
    public String cursor;

    @QueryParam("limit")
    @Parameter(description = "page size, 1 to 500 (default 50)")
    public Integer limit;

    public int size() {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiException.badRequest("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    /** The id after which this page starts, or null for the first page. */
    public UUID after() {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("cursor", "not a cursor this API issued");
        }
    }

    static String encode(UUID lastId) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(lastId.toString().getBytes(StandardCharsets.US_ASCII));
    }
}
