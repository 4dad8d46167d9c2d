package io.fieldback.survey;

import static io.fieldback.support.Tokens.admin;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import io.fieldback.common.JdbcColumns;
import io.fieldback.security.Roles;
import io.fieldback.security.Scope;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.fieldback.survey.internal.importing.Binary;

/**
 * A vendor, and one customer known by code, equipment serial and repair-order number (registered by a
 * dealer sync), fresh for each test; helpers to build and upload files and to read what was stored.
 */
final class SurveyFixtures {

    static final String BATCHES = "/api/v1/survey-batches";
    static final String HEADER = "rowId,customerCode,equipmentSerial,repairOrderNumber,interviewDate,method,"
            + "quality_satisfied,quality_score,attitude_satisfied,attitude_score,speed_satisfied,speed_score,"
            + "proactive_satisfied,proactive_score,other_feedback";
    static final String DATE = LocalDate.now().minusDays(3).toString();

    final UUID vendorId = VendorTest.vendor();
    final String number = "RO-" + UUID.randomUUID().toString().substring(0, 8);
    final String customerCode = "C-" + number;
    final String serial = "SN-" + number;
    final UUID dealerId;

    SurveyFixtures() {
        dealerId = UUID.fromString(admin().body(Map.of("code", TestData.unique("DLR"), "name", "经销商",
                "mayCreateCustomers", true)).post("/api/v1/dealers").then().statusCode(201).extract().path("id"));
        Map<String, Object> station = new HashMap<>(TestData.station(dealerId, 31.2, 121.4));
        String stationCode = (String) station.get("code");
        admin().body(station).post("/api/v1/stations").then().statusCode(201);
        Map<String, Object> order = new HashMap<>();
        order.put("repairOrderNumber", number);
        order.put("updatedAt", java.time.Instant.now().minusSeconds(3600).toString());
        order.put("stationCode", stationCode);
        order.put("customer", Map.of("code", customerCode, "name", "客户" + number, "relationship", "OEM",
                "importance", "KEY", "region", "SOUTH"));
        order.put("equipment", Map.of("serialNumber", serial, "productSeries", "YC6L", "application", "TRUCK"));
        order.put("type", "PAID_REPAIR");
        order.put("status", "REQUESTED");
        order.put("requestedAt", java.time.Instant.now().minusSeconds(7200).toString());
        Tokens.dealer(dealerId).body(Map.of("items", List.of(order))).put("/api/v1/dealer/repair-orders").then()
                .statusCode(200);
    }

    /** RestAssured would add "; charset=ISO-8859-1" to text/csv; a vendor's client sends what it means. */
    static final RestAssuredConfig RAW = RestAssured.config().encoderConfig(
            EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    static RequestSpecification asVendor(UUID vendorId) {
        return RestAssured.given().config(RAW).auth().oauth2(Tokens.token(Roles.VENDOR, Scope.VENDOR, vendorId));
    }

    RequestSpecification vendor() {
        return asVendor(vendorId);
    }

    /** A valid CSV row naming the customer by code. */
    String row(String rowId) {
        return rowId + "," + customerCode + ",,," + DATE + ",PHONE,yes,5,yes,4,no,2,yes,5,";
    }

    static String csv(String... rows) {
        return HEADER + "\n" + String.join("\n", rows) + "\n";
    }

    Response upload(String batchId, String contentType, byte[] body) {
        return vendor().contentType(contentType).body(body)
                .post(BATCHES + "?batchId=" + batchId + "&questionnaireVersion=1");
    }

    Response uploadCsv(String batchId, String text) {
        return upload(batchId, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    UUID queued(String text) {
        return UUID.fromString(uploadCsv(TestData.unique("B"), text).then().statusCode(202).extract().path("id"));
    }

    static byte[] encode(String text, Charset charset) {
        return text.getBytes(charset);
    }

    /** Rows stored for a batch: vendor row id -> customer id, product line, method, answers "code=value;...". */
    static List<Map<String, Object>> stored(DataSource db, UUID batchId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT r.vendor_row_id, r.customer_id, r.product_line, r.method,"
                        + " r.line_number, r.relationship, r.visit_id, r.equipment_id, (SELECT GROUP_CONCAT(CONCAT(a.item_code, '=',"
                        + " COALESCE(a.bool_value, a.int_value, a.text_value)) ORDER BY a.position SEPARATOR ';')"
                        + " FROM survey_result_answers a WHERE a.result_id = r.id) FROM survey_results r"
                        + " WHERE r.batch_id = ? ORDER BY r.line_number")) {
            ps.setBytes(1, Binary.bytes(batchId));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> row = new HashMap<>();
                    row.put("rowId", rs.getString(1));
                    row.put("customerId", JdbcColumns.uuid(rs.getBytes(2)));
                    row.put("productLine", rs.getString(3));
                    row.put("method", rs.getString(4));
                    row.put("line", rs.getLong(5));
                    row.put("relationship", rs.getString(6));
                    row.put("visitId", JdbcColumns.uuid(rs.getBytes(7)));
                    row.put("equipmentId", JdbcColumns.uuid(rs.getBytes(8)));
                    row.put("answers", rs.getString(9));
                    rows.add(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    static long count(DataSource db, String sql, UUID batchId) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setBytes(1, Binary.bytes(batchId));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
