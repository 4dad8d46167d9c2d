package io.fieldback.customer;

import static io.fieldback.customer.CustomerFixtures.CUSTOMERS;
import static io.fieldback.customer.CustomerFixtures.customer;
import static io.fieldback.customer.CustomerFixtures.customerBody;
import static io.fieldback.customer.CustomerFixtures.equipment;
import static io.fieldback.customer.CustomerFixtures.equipmentBody;
import static io.fieldback.customer.CustomerFixtures.serial;
import static io.fieldback.station.StationFixtures.assertOneCreatedOthersConflict;
import static io.fieldback.station.StationFixtures.concurrently;
import static io.fieldback.support.Tokens.admin;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Unique codes and serials hold when clients race: one request wins, the others get 409, never 500. */
@QuarkusTest
class ConcurrentCreateTest {

    @Test
    void racingCustomersWithOneCodeGetOne201AndOtherwise409() {
        Map<String, Object> body = customerBody();
        assertOneCreatedOthersConflict(concurrently(8, () -> admin().body(body).post(CUSTOMERS)));
    }

    @Test
    void racingUnitsWithOneSerialGetOne201AndOtherwise409() {
        UUID customer = customer(customerBody());
        Map<String, Object> body = equipmentBody(serial());
        assertOneCreatedOthersConflict(concurrently(8, () -> admin().body(body).post(equipment(customer))));
    }
}
