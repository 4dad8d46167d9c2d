package io.fieldback.customer;

import static io.fieldback.customer.CustomerFixtures.CUSTOMERS;
import static io.fieldback.customer.CustomerFixtures.contact;
import static io.fieldback.customer.CustomerFixtures.contactBody;
import static io.fieldback.customer.CustomerFixtures.customer;
import static io.fieldback.customer.CustomerFixtures.customerBody;
import static io.fieldback.customer.CustomerFixtures.mobile;
import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.support.TestData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Each test puts its customers under a fresh dealer and filters by it, so other tests' data never shows. */
@QuarkusTest
class CustomerFilterTest {

    private static String customerOf(UUID dealer, String field, Object value) {
        Map<String, Object> body = customerBody(dealer);
        body.put(field, value);
        return customer(body).toString();
    }

    private static RequestSpecification within(UUID dealer) {
        return admin().queryParam("dealerId", dealer);
    }

    @Test
    void filtersByRelationship() {
        UUID dealer = TestData.dealer();
        String oem = customerOf(dealer, "relationship", "OEM");
        customerOf(dealer, "relationship", "END_USER");
        within(dealer).queryParam("relationship", "OEM").get(CUSTOMERS).then().statusCode(200)
                .body("items.id", contains(oem));
    }

    @Test
    void filtersByImportance() {
        UUID dealer = TestData.dealer();
        customerOf(dealer, "importance", "KEY");
        String potential = customerOf(dealer, "importance", "POTENTIAL");
        within(dealer).queryParam("importance", "POTENTIAL").get(CUSTOMERS).then().body("items.id", contains(potential));
    }

    @Test
    void filtersByRegionAndProvince() {
        UUID dealer = TestData.dealer();
        String jiangsu = customerOf(dealer, "province", "江苏");
        String zhejiang = customerOf(dealer, "province", "浙江");
        Map<String, Object> northBody = customerBody(dealer);
        northBody.put("region", "NORTH");
        northBody.remove("province");
        String north = customer(northBody).toString();
        within(dealer).queryParam("province", "浙江").get(CUSTOMERS).then().body("items.id", contains(zhejiang));
        within(dealer).queryParam("region", "EAST").get(CUSTOMERS).then()
                .body("items.id", containsInAnyOrder(jiangsu, zhejiang));
        within(dealer).queryParam("region", "NORTH").get(CUSTOMERS).then().body("items.id", contains(north));
    }

    @Test
    void filtersByDoNotCall() {
        UUID dealer = TestData.dealer();
        String blocked = customerOf(dealer, "doNotCall", true);
        String callable = customerOf(dealer, "doNotCall", false);
        within(dealer).queryParam("doNotCall", true).get(CUSTOMERS).then().body("items.id", contains(blocked));
        within(dealer).queryParam("doNotCall", false).get(CUSTOMERS).then().body("items.id", contains(callable));
    }

    @Test
    void combinesFilters() {
        UUID dealer = TestData.dealer();
        Map<String, Object> body = customerBody(dealer);
        body.put("relationship", "OEM");
        body.put("importance", "ORDINARY");
        String match = customer(body).toString();
        customerOf(dealer, "relationship", "OEM");
        customerOf(dealer, "importance", "ORDINARY");
        within(dealer).queryParam("relationship", "OEM").queryParam("importance", "ORDINARY").get(CUSTOMERS).then()
                .body("items.id", contains(match));
    }

    @Test
    void namePrefixMatchesTheStartOfTheName() {
        UUID dealer = TestData.dealer();
        String hongyun = customerOf(dealer, "name", "宏运物流");
        String hongda = customerOf(dealer, "name", "宏达机械");
        customerOf(dealer, "name", "江苏宏运");
        within(dealer).queryParam("namePrefix", "宏").get(CUSTOMERS).then()
                .body("items.id", containsInAnyOrder(hongyun, hongda));
        within(dealer).queryParam("namePrefix", "宏运").get(CUSTOMERS).then().body("items.id", contains(hongyun));
    }

    @Test
    void namePrefixTreatsWildcardsLiterally() {
        UUID dealer = TestData.dealer();
        String underscore = customerOf(dealer, "name", "A_B 运输");
        customerOf(dealer, "name", "AXB 运输");
        String percent = customerOf(dealer, "name", "100% 物流");
        customerOf(dealer, "name", "100 物流");
        within(dealer).queryParam("namePrefix", "A_").get(CUSTOMERS).then().statusCode(200)
                .body("items.id", contains(underscore));
        within(dealer).queryParam("namePrefix", "100%").get(CUSTOMERS).then().body("items.id", contains(percent));
    }

    @Test
    void namePrefixWithABackslashIsNoError() {
        UUID dealer = TestData.dealer();
        String slash = customerOf(dealer, "name", "C\\D 贸易");
        within(dealer).queryParam("namePrefix", "C\\").get(CUSTOMERS).then().statusCode(200)
                .body("items.id", contains(slash));
    }

    @Test
    void phoneFindsTheCustomerOfAContact() {
        UUID dealer = TestData.dealer();
        UUID wanted = customer(customerBody(dealer));
        UUID other = customer(customerBody(dealer));
        String phone = mobile();
        contact(wanted, contactBody(phone));
        contact(other, contactBody(mobile()));
        admin().queryParam("phone", phone).get(CUSTOMERS).then().statusCode(200)
                .body("items.id", contains(wanted.toString()));
    }

    @Test
    void phoneSharedByTwoContactsOfOneCustomerListsItOnce() {
        UUID wanted = customer(customerBody());
        String phone = mobile();
        contact(wanted, contactBody(phone));
        contact(wanted, contactBody(phone));
        admin().queryParam("phone", phone).get(CUSTOMERS).then().body("items.id", contains(wanted.toString()));
    }

    @Test
    void unknownPhoneFindsNothing() {
        admin().queryParam("phone", mobile()).get(CUSTOMERS).then().statusCode(200).body("items", emptyIterable());
    }

    @Test
    void malformedPhoneFilterIsRejected() {
        assertInvalid(admin().queryParam("phone", "13912345678").get(CUSTOMERS), "phone");
    }

    @Test
    void badRelationshipFilterIsRejectedListingTheAllowedValues() {
        assertInvalid(admin().queryParam("relationship", "FRIEND").get(CUSTOMERS), "relationship")
                .body("detail", containsString("OEM, DEALER, END_USER"));
    }

    @Test
    void badImportanceFilterIsRejected() {
        assertInvalid(admin().queryParam("importance", "VIP").get(CUSTOMERS), "importance");
    }

    @Test
    void badRegionFilterIsRejected() {
        assertInvalid(admin().queryParam("region", "MARS").get(CUSTOMERS), "region");
    }
}
