package io.fieldback.customer;

import static io.fieldback.customer.CustomerFixtures.customer;
import static io.fieldback.customer.CustomerFixtures.customerBody;
import static io.fieldback.customer.CustomerFixtures.equipment;
import static io.fieldback.customer.CustomerFixtures.equipmentBody;
import static io.fieldback.customer.CustomerFixtures.serial;
import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.assertProblem;
import static io.fieldback.support.Tokens.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class EquipmentTest {

    private static Response post(String field, Object value) {
        Map<String, Object> body = equipmentBody(serial());
        if (value == null) {
            body.remove(field);
        } else {
            body.put(field, value);
        }
        return admin().body(body).post(equipment(customer(customerBody())));
    }

    @Test
    void createAnswers201WithLocationEtagAndBody() {
        UUID customer = customer(customerBody());
        String serial = serial();
        Response response = admin().body(equipmentBody(serial)).post(equipment(customer));
        response.then().statusCode(201).header("ETag", equalTo("\"0\"")).body("customerId", equalTo(customer.toString()))
                .body("serialNumber", equalTo(serial)).body("productSeries", equalTo("YC6K"))
                .body("application", equalTo("TRUCK")).body("deliveryDate", equalTo("2025-03-18"))
                .body("warrantyUntil", equalTo("2027-03-17")).body("warrantyLimit", equalTo(200000))
                .body("warrantyLimitUnit", equalTo("KM")).body("active", equalTo(true));
        assertThat(response.header("Location")).endsWith(equipment(customer) + "/" + response.path("id"));
    }

    @Test
    void getAnswersTheUnitWithItsEtag() {
        UUID customer = customer(customerBody());
        UUID id = equipment(customer, equipmentBody(serial()));
        admin().get(equipment(customer) + "/" + id).then().statusCode(200).header("ETag", equalTo("\"0\""));
    }

    @Test
    void warrantyFieldsAreOptional() {
        Map<String, Object> body = equipmentBody(serial());
        body.remove("warrantyLimit");
        body.remove("warrantyLimitUnit");
        body.remove("warrantyUntil");
        body.remove("deliveryDate");
        admin().body(body).post(equipment(customer(customerBody()))).then().statusCode(201)
                .body("warrantyLimit", nullValue());
    }

    @Test
    void updateReplacesTheUnitAndAnswersTheNewEtag() {
        UUID customer = customer(customerBody());
        UUID id = equipment(customer, equipmentBody(serial()));
        Map<String, Object> body = equipmentBody(serial());
        body.put("application", "GENERATOR_SET");
        body.put("warrantyLimit", 5000);
        body.put("warrantyLimitUnit", "HOURS");
        admin().header("If-Match", "\"0\"").body(body).put(equipment(customer) + "/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\"")).body("serialNumber", equalTo(body.get("serialNumber")))
                .body("application", equalTo("GENERATOR_SET")).body("warrantyLimitUnit", equalTo("HOURS"));
    }

    @Test
    void deactivatedUnitLeavesTheDefaultList() {
        UUID customer = customer(customerBody());
        UUID id = equipment(customer, equipmentBody(serial()));
        admin().delete(equipment(customer) + "/" + id).then().statusCode(204);
        admin().get(equipment(customer)).then().statusCode(200).body("items", emptyIterable());
        admin().queryParam("active", false).get(equipment(customer)).then().body("items.id", contains(id.toString()));
    }

    @Test
    void listFiltersByProductSeries() {
        UUID customer = customer(customerBody());
        equipment(customer, equipmentBody(serial()));
        Map<String, Object> body = equipmentBody(serial());
        body.put("productSeries", "YC4S");
        UUID small = equipment(customer, body);
        admin().queryParam("productSeries", "YC4S").get(equipment(customer)).then()
                .body("items.id", contains(small.toString()));
    }

    @Test
    void duplicateSerialIsRejectedWith409EvenForAnotherCustomer() {
        String serial = serial();
        equipment(customer(customerBody()), equipmentBody(serial));
        assertProblem(admin().body(equipmentBody(serial)).post(equipment(customer(customerBody()))), 409)
                .body("detail", containsString(serial));
    }

    @Test
    void takingAnotherUnitsSerialOnUpdateIsRejectedWith409() {
        UUID customer = customer(customerBody());
        String taken = serial();
        equipment(customer, equipmentBody(taken));
        UUID id = equipment(customer, equipmentBody(serial()));
        assertProblem(admin().header("If-Match", "\"0\"").body(equipmentBody(taken)).put(equipment(customer) + "/" + id),
                409);
    }

    @Test
    void staleIfMatchIsRejectedWith412() {
        UUID customer = customer(customerBody());
        UUID id = equipment(customer, equipmentBody(serial()));
        admin().header("If-Match", "\"0\"").body(equipmentBody(serial())).put(equipment(customer) + "/" + id).then()
                .statusCode(200);
        assertProblem(admin().header("If-Match", "\"0\"").body(equipmentBody(serial()))
                .put(equipment(customer) + "/" + id), 412);
    }

    @Test
    void updateWithoutIfMatchIsRejectedWith428() {
        UUID customer = customer(customerBody());
        UUID id = equipment(customer, equipmentBody(serial()));
        assertProblem(admin().body(equipmentBody(serial())).put(equipment(customer) + "/" + id), 428);
    }

    @Test
    void warrantyLimitWithoutUnitIsRejected() {
        assertInvalid(post("warrantyLimitUnit", null), "warrantyLimitComplete");
    }

    @Test
    void warrantyUnitWithoutLimitIsRejected() {
        assertInvalid(post("warrantyLimit", null), "warrantyLimitComplete");
    }

    @Test
    void nonPositiveWarrantyLimitIsRejected() {
        assertInvalid(post("warrantyLimit", 0), "warrantyLimit");
        assertInvalid(post("warrantyLimit", -5), "warrantyLimit");
    }

    @Test
    void warrantyEndingBeforeDeliveryIsRejected() {
        assertInvalid(post("warrantyUntil", "2025-03-17"), "warrantyUntil");
    }

    @Test
    void badApplicationIsRejectedListingTheAllowedValues() {
        assertInvalid(post("application", "SPACESHIP"), "application")
                .body("errors[0].message", containsString("TRUCK, BUS, EXCAVATOR"));
    }

    @Test
    void badWarrantyUnitIsRejected() {
        assertInvalid(post("warrantyLimitUnit", "MILES"), "warrantyLimitUnit");
    }

    @Test
    void dateInTheWrongFormatIsRejected() {
        assertInvalid(post("deliveryDate", "18/03/2025"), "deliveryDate");
    }

    @Test
    void serialLongerThan40CharactersIsRejectedAnd40IsAccepted() {
        String forty = (serial() + "0".repeat(40)).substring(0, 40);
        post("serialNumber", forty).then().statusCode(201).body("serialNumber", equalTo(forty));
        assertInvalid(post("serialNumber", forty + "1"), "serialNumber");
    }

    @Test
    void serialWithSpacesIsRejected() {
        assertInvalid(post("serialNumber", "LGH X4K"), "serialNumber");
    }

    @Test
    void missingSerialIsRejected() {
        assertInvalid(post("serialNumber", null), "serialNumber");
    }

    @Test
    void productSeriesLongerThan64CharactersIsRejected() {
        assertInvalid(post("productSeries", "Y".repeat(65)), "productSeries");
    }

    @Test
    void warrantyLimitOfTheWrongJsonTypeIsRejected() {
        assertInvalid(post("warrantyLimit", "lots"), "warrantyLimit");
    }

    @Test
    void unknownFieldIsRejectedNamingIt() {
        assertInvalid(post("colour", "red"), "colour");
    }

    @Test
    void equipmentOfUnknownCustomerIsNotFound() {
        assertProblem(admin().body(equipmentBody(serial())).post(equipment(UUID.randomUUID())), 404);
    }
}
