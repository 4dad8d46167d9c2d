package io.fieldback.customer;

import static io.fieldback.customer.CustomerFixtures.contact;
import static io.fieldback.customer.CustomerFixtures.contactBody;
import static io.fieldback.customer.CustomerFixtures.contacts;
import static io.fieldback.customer.CustomerFixtures.customer;
import static io.fieldback.customer.CustomerFixtures.customerBody;
import static io.fieldback.customer.CustomerFixtures.equipment;
import static io.fieldback.customer.CustomerFixtures.equipmentBody;
import static io.fieldback.customer.CustomerFixtures.mobile;
import static io.fieldback.customer.CustomerFixtures.serial;
import static io.fieldback.station.StationFixtures.anonymous;
import static io.fieldback.station.StationFixtures.assertProblem;
import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.dealer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** Contacts and equipment live under their customer and share its tenancy. */
@QuarkusTest
class NestedAccessTest {

    @Test
    void noTokenIsRejectedWith401() {
        UUID customer = customer(customerBody());
        assertProblem(anonymous().get(contacts(customer)), 401);
        assertProblem(anonymous().get(equipment(customer)), 401);
    }

    @Test
    void dealerManagesContactsOfItsOwnCustomer() {
        UUID own = TestData.dealer();
        UUID customer = customer(customerBody(own));
        String id = dealer(own).body(contactBody(mobile())).post(contacts(customer)).then().statusCode(201).extract()
                .path("id");
        dealer(own).get(contacts(customer)).then().statusCode(200).body("items.id", contains(id));
        dealer(own).delete(contacts(customer) + "/" + id).then().statusCode(204);
    }

    @Test
    void dealerCannotReachContactsOfAnotherDealersCustomer() {
        UUID own = TestData.dealer();
        UUID foreign = customer(customerBody(TestData.dealer()));
        UUID id = contact(foreign, contactBody(mobile()));
        assertProblem(dealer(own).get(contacts(foreign)), 404);
        assertProblem(dealer(own).get(contacts(foreign) + "/" + id), 404);
        assertProblem(dealer(own).body(contactBody(mobile())).post(contacts(foreign)), 404);
        assertProblem(dealer(own).header("If-Match", "\"0\"").body(contactBody(mobile()))
                .put(contacts(foreign) + "/" + id), 404);
        assertProblem(dealer(own).delete(contacts(foreign) + "/" + id), 404);
        admin().get(contacts(foreign) + "/" + id).then().body("active", equalTo(true)).body("version", equalTo(0));
    }

    @Test
    void dealerCannotReachEquipmentOfAnotherDealersCustomer() {
        UUID own = TestData.dealer();
        UUID foreign = customer(customerBody(TestData.dealer()));
        UUID id = equipment(foreign, equipmentBody(serial()));
        assertProblem(dealer(own).get(equipment(foreign)), 404);
        assertProblem(dealer(own).get(equipment(foreign) + "/" + id), 404);
        assertProblem(dealer(own).body(equipmentBody(serial())).post(equipment(foreign)), 404);
        assertProblem(dealer(own).delete(equipment(foreign) + "/" + id), 404);
    }

    @Test
    void contactIsNotReachableThroughAnotherCustomer() {
        UUID owner = customer(customerBody());
        UUID other = customer(customerBody());
        UUID id = contact(owner, contactBody(mobile()));
        assertProblem(admin().get(contacts(other) + "/" + id), 404);
        assertProblem(admin().header("If-Match", "\"0\"").body(contactBody(mobile())).put(contacts(other) + "/" + id),
                404);
        assertProblem(admin().delete(contacts(other) + "/" + id), 404);
    }

    @Test
    void equipmentIsNotReachableThroughAnotherCustomer() {
        UUID owner = customer(customerBody());
        UUID other = customer(customerBody());
        UUID id = equipment(owner, equipmentBody(serial()));
        assertProblem(admin().get(equipment(other) + "/" + id), 404);
        assertProblem(admin().header("If-Match", "\"0\"").body(equipmentBody(serial()))
                .put(equipment(other) + "/" + id), 404);
    }

    @Test
    void technicianReadsButCannotAddContactsOrEquipment() {
        UUID station = TestData.station(TestData.dealer());
        UUID customer = customer(customerBody());
        contact(customer, contactBody(mobile()));
        Tokens.technician(station).get(contacts(customer)).then().statusCode(200);
        Tokens.technician(station).get(equipment(customer)).then().statusCode(200);
        assertProblem(Tokens.technician(station).body(contactBody(mobile())).post(contacts(customer)), 403);
        assertProblem(Tokens.technician(station).body(equipmentBody(serial())).post(equipment(customer)), 403);
    }

    @Test
    void analystCannotAddContacts() {
        UUID customer = customer(customerBody());
        assertProblem(Tokens.as("analyst").body(contactBody(mobile())).post(contacts(customer)), 403);
    }
}
