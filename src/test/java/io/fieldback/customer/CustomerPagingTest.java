package io.fieldback.customer;

import static io.fieldback.customer.CustomerFixtures.CUSTOMERS;
import static io.fieldback.customer.CustomerFixtures.contact;
import static io.fieldback.customer.CustomerFixtures.contactBody;
import static io.fieldback.customer.CustomerFixtures.contacts;
import static io.fieldback.customer.CustomerFixtures.customer;
import static io.fieldback.customer.CustomerFixtures.customerBody;
import static io.fieldback.customer.CustomerFixtures.equipment;
import static io.fieldback.customer.CustomerFixtures.equipmentBody;
import static io.fieldback.customer.CustomerFixtures.mobile;
import static io.fieldback.customer.CustomerFixtures.serial;
import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.idsByCursor;
import static io.fieldback.station.StationFixtures.idsByLink;
import static io.fieldback.support.Tokens.admin;
import static io.fieldback.support.Tokens.dealer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CustomerPagingTest {

    private static List<String> customers(UUID dealer, int count) {
        return IntStream.range(0, count).mapToObj(i -> customer(customerBody(dealer)).toString()).toList();
    }

    @Test
    void followingNextCursorVisitsEveryCustomerOnce() {
        UUID dealer = TestData.dealer();
        List<String> created = customers(dealer, 5);
        assertThat(idsByCursor(() -> admin(), CUSTOMERS, Map.of("dealerId", dealer), 2))
                .containsExactlyElementsOf(created);
    }

    @Test
    void followingTheLinkHeaderVisitsEveryCustomerOnce() {
        UUID dealer = TestData.dealer();
        List<String> created = customers(dealer, 5);
        assertThat(idsByLink(() -> admin(), CUSTOMERS, Map.of("dealerId", dealer), 2))
                .containsExactlyElementsOf(created);
    }

    @Test
    void dealerPagesThroughItsOwnCustomers() {
        UUID dealer = TestData.dealer();
        List<String> created = customers(dealer, 5);
        customers(TestData.dealer(), 2);
        assertThat(idsByLink(() -> dealer(dealer), CUSTOMERS, Map.of(), 2)).containsExactlyElementsOf(created);
    }

    @Test
    void pagingKeepsTheFilters() {
        UUID dealer = TestData.dealer();
        List<String> oems = IntStream.range(0, 3).mapToObj(i -> {
            customer(customerBody(dealer));
            Map<String, Object> body = customerBody(dealer);
            body.put("relationship", "OEM");
            return customer(body).toString();
        }).toList();
        assertThat(idsByLink(() -> admin(), CUSTOMERS, Map.of("dealerId", dealer, "relationship", "OEM"), 1))
                .containsExactlyElementsOf(oems);
    }

    @Test
    void contactsPageAcrossTheirCustomer() {
        UUID customer = customer(customerBody());
        List<String> created = IntStream.range(0, 5).mapToObj(i -> contact(customer, contactBody(mobile())).toString())
                .toList();
        assertThat(idsByCursor(() -> admin(), contacts(customer), Map.of(), 2)).containsExactlyElementsOf(created);
        assertThat(idsByLink(() -> admin(), contacts(customer), Map.of(), 2)).containsExactlyElementsOf(created);
    }

    @Test
    void equipmentPagesAcrossItsCustomer() {
        UUID customer = customer(customerBody());
        List<String> created = IntStream.range(0, 5)
                .mapToObj(i -> equipment(customer, equipmentBody(serial())).toString()).toList();
        assertThat(idsByCursor(() -> admin(), equipment(customer), Map.of(), 2)).containsExactlyElementsOf(created);
        assertThat(idsByLink(() -> admin(), equipment(customer), Map.of(), 4)).containsExactlyElementsOf(created);
    }

    @Test
    void limitOutOfRangeIsRejected() {
        assertInvalid(admin().queryParam("limit", 0).get(CUSTOMERS), "limit");
        assertInvalid(admin().queryParam("limit", 501).get(CUSTOMERS), "limit");
    }

    @Test
    void cursorThatWasNotIssuedIsRejected() {
        assertInvalid(admin().queryParam("cursor", "%%%").get(CUSTOMERS), "cursor");
    }
}
