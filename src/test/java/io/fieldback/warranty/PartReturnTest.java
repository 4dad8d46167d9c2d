package io.fieldback.warranty;

import static io.fieldback.support.Tokens.admin;
import static io.fieldback.warranty.WarrantyFixtures.CLAIMS;
import static io.fieldback.warranty.WarrantyFixtures.analyst;
import static io.fieldback.warranty.WarrantyFixtures.etag;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.common.TimeSource;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Failed parts: instructions on approved part lines, shipment, receipt, inspection, and their chargebacks. */
@QuarkusTest
class PartReturnTest {

    @Inject
    TimeSource time;

    @AfterEach
    void realTime() {
        time.reset();
    }

    /** An auto-approved claim of {@link WarrantyFixtures#claim}: its part line (lines[1]) is approved at 861.00. */
    static UUID approvedClaim(WarrantyFixtures w) {
        UUID claim = w.draft(w.claim(w.inWarrantyVisit(), TestData.unique("WC")));
        w.stationManager().header("If-Match", etag(claim)).post(CLAIMS + "/" + claim + "/submit").then().statusCode(200)
                .body("status", equalTo("AUTO_APPROVED"));
        return claim;
    }

    static String line(UUID claim, int index) {
        return admin().get(CLAIMS + "/" + claim).then().extract().path("lines[" + index + "].id");
    }

    static Map<String, Object> instruction(String lineId, String instruction, String dueOn, String keepUntil) {
        Map<String, Object> body = new HashMap<>(Map.of("lineId", lineId, "instruction", instruction));
        if (dueOn != null) {
            body.put("dueOn", dueOn);
        }
        if (keepUntil != null) {
            body.put("keepUntil", keepUntil);
        }
        return body;
    }

    static String request(UUID claim, String lineId, String dueOn) {
        return analyst().body(instruction(lineId, "RETURN", dueOn, null)).post(CLAIMS + "/" + claim + "/part-returns")
                .then().statusCode(201).body("status", equalTo("REQUESTED")).extract().path("id");
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    @Test
    void aReturnedPartFoundWithoutFaultChargesTheLinesApprovedAmountBack() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID claim = approvedClaim(w);
        String returns = CLAIMS + "/" + claim + "/part-returns";
        String id = request(claim, line(claim, 1), today().plusDays(14).toString());
        w.stationManager().body(Map.of("carrier", "顺丰速运", "trackingNumber", "SF1402345678901"))
                .post(returns + "/" + id + "/shipment").then().statusCode(200).body("status", equalTo("SHIPPED"))
                .body("carrier", equalTo("顺丰速运")).body("trackingNumber", equalTo("SF1402345678901"));
        w.stationManager().post(returns + "/" + id + "/receipt").then().statusCode(403); // the manufacturer receives
        analyst().post(returns + "/" + id + "/receipt").then().statusCode(200).body("status", equalTo("RECEIVED"));
        analyst().body(Map.of("finding", "NO_FAULT_FOUND", "note", "台架试验 2 小时无泄漏"))
                .post(returns + "/" + id + "/inspection").then().statusCode(200)
                .body("status", equalTo("INSPECTED")).body("finding", equalTo("NO_FAULT_FOUND"))
                // hand count: the part line, 2 x 430.50 = 861.00, approved as claimed, comes back in full
                .body("chargebackAmount", equalTo(861.0f)).body("currency", equalTo("CNY"))
                .body("chargebackReason", containsString("NO_FAULT_FOUND"))
                .body("chargedOn", equalTo(today().toString()));
        analyst().body(Map.of("finding", "CONFIRMED")).post(returns + "/" + id + "/inspection").then().statusCode(409)
                .body("errors[0].field", equalTo("status"));
        w.dealerSystem().get(returns).then().statusCode(200).body("", hasSize(1))
                .body("[0].chargebackAmount", equalTo(861.0f));
    }

    @Test
    void aConfirmedDefectChargesNothingAndKeepOrScrapNeedsNoShipment() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID claim = approvedClaim(w);
        String returns = CLAIMS + "/" + claim + "/part-returns";
        String id = request(claim, line(claim, 1), today().plusDays(14).toString());
        w.dealerSystem().body(Map.of("carrier", "德邦", "trackingNumber", "DPK-1")).post(returns + "/" + id + "/shipment")
                .then().statusCode(200);
        analyst().post(returns + "/" + id + "/receipt").then().statusCode(200);
        analyst().body(Map.of("finding", "CONFIRMED")).post(returns + "/" + id + "/inspection").then().statusCode(200)
                .body("chargebackAmount", nullValue()).body("chargedOn", nullValue());

        UUID kept = approvedClaim(w);
        String keep = analyst().body(instruction(line(kept, 1), "KEEP", null, today().plusDays(90).toString()))
                .post(CLAIMS + "/" + kept + "/part-returns").then().statusCode(201).body("status", equalTo("KEEP"))
                .extract().path("id");
        w.stationManager().body(Map.of("carrier", "德邦", "trackingNumber", "DPK-2"))
                .post(CLAIMS + "/" + kept + "/part-returns/" + keep + "/shipment").then().statusCode(409)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void badInstructionsAreRefusedNamingTheFieldAndNothingIsStored() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID claim = approvedClaim(w);
        String returns = CLAIMS + "/" + claim + "/part-returns";
        String part = line(claim, 1);
        analyst().body(instruction(line(claim, 0), "RETURN", today().plusDays(5).toString(), null)).post(returns)
                .then().statusCode(400).body("errors[0].field", equalTo("lineId")); // a labour line
        analyst().body(instruction(part, "RETURN", null, null)).post(returns).then().statusCode(400)
                .body("errors[0].field", equalTo("dueOn"));
        analyst().body(instruction(part, "RETURN", today().toString(), null)).post(returns).then().statusCode(400)
                .body("errors[0].field", equalTo("dueOn"));
        analyst().body(instruction(part, "KEEP", null, null)).post(returns).then().statusCode(400)
                .body("errors[0].field", equalTo("keepUntil"));
        analyst().body(instruction(UUID.randomUUID().toString(), "SCRAP", null, null)).post(returns).then()
                .statusCode(400).body("errors[0].field", equalTo("lineId"));
        analyst().body(Map.of("lineId", part, "instruction", "BURN")).post(returns).then().statusCode(400);
        w.stationManager().body(instruction(part, "SCRAP", null, null)).post(returns).then().statusCode(403);
        admin().get(returns).then().statusCode(200).body("", hasSize(0));

        UUID draft = w.draft(w.claim(w.inWarrantyVisit(), TestData.unique("WC")));
        analyst().body(instruction(line(draft, 1), "SCRAP", null, null)).post(CLAIMS + "/" + draft + "/part-returns")
                .then().statusCode(409).body("errors[0].field", equalTo("status"));

        analyst().body(instruction(part, "SCRAP", null, null)).post(returns).then().statusCode(201)
                .body("status", equalTo("SCRAP"));
        analyst().body(instruction(part, "RETURN", today().plusDays(5).toString(), null)).post(returns).then()
                .statusCode(409).body("errors[0].field", equalTo("lineId"));

        WarrantyFixtures other = new WarrantyFixtures();
        other.stationManager().get(returns).then().statusCode(404);
        Tokens.dealer(other.dealer).get(returns).then().statusCode(404);
    }

    @Test
    void aPartNotShippedByItsDueDateCannotBeShippedLateAndIsChargedBack() {
        WarrantyFixtures w = new WarrantyFixtures();
        UUID claim = approvedClaim(w);
        String returns = CLAIMS + "/" + claim + "/part-returns";
        LocalDate due = today().plusDays(3);
        String id = request(claim, line(claim, 1), due.toString());
        analyst().body(Map.of("finding", "NOT_RECEIVED")).post(returns + "/" + id + "/inspection").then()
                .statusCode(409).body("errors[0].field", equalTo("finding")); // not late yet
        time.use(Clock.offset(Clock.systemUTC(), Duration.ofDays(5)));
        w.stationManager().body(Map.of("carrier", "顺丰速运", "trackingNumber", "SF-LATE"))
                .post(returns + "/" + id + "/shipment").then().statusCode(409).body("errors[0].field", equalTo("dueOn"));
        analyst().body(Map.of("finding", "NOT_RECEIVED")).post(returns + "/" + id + "/inspection").then()
                .statusCode(200).body("finding", equalTo("NOT_RECEIVED"))
                .body("chargebackAmount", equalTo(861.0f))
                .body("chargebackReason", equalTo("part not received by " + due))
                .body("chargedOn", equalTo(today().plusDays(5).toString()));
    }
}
