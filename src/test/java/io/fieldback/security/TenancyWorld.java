package io.fieldback.security;

import static io.fieldback.support.Tokens.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.fieldback.common.UuidV7;
import io.fieldback.complaint.ComplaintFixtures;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * One tenant of the tenancy matrix: a dealer with a station, a technician, a customer (contact,
 * equipment), a visit made on the technician's phone (with an attachment), a complaint (comment), a
 * follow-up call and an escalation, a survey vendor, plus the network-wide records the matrix reads
 * (department, API key, sample, agent profile). Everything is made through the API as an admin, so
 * the matrix starts from what a real client could have created. The {@code new...} methods make a
 * fresh record for operations that use one up (delete, cancel, transitions).
 */
final class TenancyWorld {

    static final String QUESTIONNAIRE_V1 = "0193a000-0000-7000-8000-0000000000f1";
    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 };

    final String name;
    final UUID dealer;
    final String dealerCode;
    final UUID station;
    final String stationCode;
    final double latitude;
    final double longitude;
    final UUID technician;
    final UUID customer;
    final String customerCode;
    final UUID contact;
    final UUID equipment;
    final String serialNumber;
    final UUID visit;
    final Map<String, Object> visitBody;
    final UUID attachment;
    final UUID complaint;
    final UUID comment;
    final UUID closedComplaint;
    final UUID followUp;
    final UUID escalation;
    final UUID vendor;
    /** A survey batch the tenant's vendor uploaded (one JSON row about the tenant's customer). */
    final UUID surveyBatch;
    final String vendorCode;
    final UUID department;
    final String departmentCode;
    final UUID apiKey;
    /** A region and a province of this world (reference data: network-wide, readable by every role). */
    final UUID region;
    final Map<String, Object> regionBody;
    final UUID province;
    final Map<String, Object> provinceBody;
    final LocalDate sampleDate;
    final String agentId;
    private final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();
    private WarrantyTenant warranty;
    private DispatchTenant dispatch;
    private AnnouncementTenant announcements;
    private MaintenanceTenant maintenance;
    private CampaignTenant campaigns;

    TenancyWorld(String name) {
        this.name = name;
        dealerCode = TestData.unique("DLR");
        dealer = id(admin().body(Map.of("code", dealerCode, "name", name + " 经销商", "mayCreateCustomers", true))
                .post("/api/v1/dealers"));
        // coordinates of its own, so "nearest stations" around it finds only this tenant's station
        ThreadLocalRandom random = ThreadLocalRandom.current();
        latitude = Math.round(random.nextDouble(20, 45) * 10000) / 10000.0;
        longitude = Math.round(random.nextDouble(80, 125) * 10000) / 10000.0;
        Map<String, Object> stationBody = new HashMap<>(TestData.station(dealer, latitude, longitude));
        stationCode = (String) stationBody.get("code");
        station = id(admin().body(stationBody).post("/api/v1/stations"));
        technician = newTechnician();
        Map<String, Object> customerBody = new HashMap<>(TestData.customer());
        customerBody.put("dealerId", dealer.toString());
        customerCode = (String) customerBody.get("code");
        customer = id(admin().body(customerBody).post("/api/v1/customers"));
        contact = id(admin().body(contactBody(true)).post("/api/v1/customers/" + customer + "/contacts"));
        serialNumber = serial();
        equipment = id(admin().body(equipmentBody(serialNumber)).post("/api/v1/customers/" + customer + "/equipment"));
        visitBody = Map.of("customerId", customer.toString(), "equipmentId", equipment.toString(),
                "stationId", station.toString(), "type", "WARRANTY_REPAIR", "faultReported", "发动机冒黑烟");
        visit = UuidV7.next();
        // made on the technician's phone, so it is in the technician's own feed
        technicianToken().body(visitBody).put("/api/v1/visits/" + visit).then().statusCode(201);
        attachment = id(admin().contentType("image/png").queryParam("kind", "PHOTO").body(PNG)
                .post("/api/v1/visits/" + visit + "/attachments"));
        complaint = newComplaint();
        comment = id(Tokens.as(Roles.HANDLER).body(Map.of("text", "已联系客户"))
                .post("/api/v1/complaints/" + complaint + "/comments"));
        closedComplaint = newComplaint();
        try {
            ComplaintFixtures.toClosed(closedComplaint);
        } finally {
            ComplaintFixtures.time().reset();
        }
        followUp = newFollowUp();
        UUID answered = newFollowUp();
        escalation = UUID.fromString(Tokens.as(Roles.AGENT).body(completed(240, false))
                .post("/api/v1/followups/" + answered + "/attempts").then().statusCode(201).extract()
                .path("escalationId"));
        vendorCode = TestData.unique("VND");
        vendor = id(admin().body(Map.of("code", vendorCode, "name", name + " 调研公司")).post("/api/v1/vendors"));
        surveyBatch = UUID.fromString(as(Roles.VENDOR).contentType("application/json").body(surveyRows())
                .post("/api/v1/survey-batches?batchId=" + TestData.unique("B") + "&questionnaireVersion=1")
                .then().statusCode(202).extract().path("id"));
        departmentCode = TestData.unique("QA").toUpperCase();
        department = id(admin().body(ComplaintFixtures.departmentBody(departmentCode)).post("/api/v1/departments"));
        apiKey = newApiKey();
        regionBody = regionBody();
        region = id(admin().body(regionBody).post("/api/v1/regions"));
        provinceBody = provinceBody((String) regionBody.get("code"));
        province = id(admin().body(provinceBody).post("/api/v1/provinces"));
        // sampling is off in the test profile, so the API refuses to draw (409): the day's sample is stored
        // as the drawing job would store it
        sampleDate = newSampleDate();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            io.fieldback.followup.internal.Sample sample = new io.fieldback.followup.internal.Sample();
            sample.sampleDate = sampleDate;
            sample.requestedSize = 1;
            sample.createdBy = "tenancy-matrix";
            sample.persist();
        });
        agentId = TestData.unique("agent");
        admin().body(Map.of("name", "张丽", "productLines", List.of("YC6K"))).put("/api/v1/followups/agents/" + agentId)
                .then().statusCode(201);
    }

    // ---- the tenant's callers ----

    /** The tenant-bound token of a role, or a network-wide one for roles that have no tenant. */
    RequestSpecification as(String role) {
        // signed once per role and tenant: the matrix makes some 1,500 calls
        String token = tokens.computeIfAbsent(role, r -> switch (r) {
            case Roles.DEALER -> Tokens.token(Roles.DEALER, Scope.DEALER, dealer);
            case Roles.STATION_MANAGER -> Tokens.token(Roles.STATION_MANAGER, Scope.STATION, station);
            case Roles.TECHNICIAN -> io.smallrye.jwt.build.Jwt.issuer("https://fieldback.dev")
                    .subject("tech-" + technician).groups(Roles.TECHNICIAN).claim(Scope.STATION, station.toString())
                    .claim(Scope.TECHNICIAN, technician.toString()).expiresIn(3600).sign();
            case Roles.VENDOR -> Tokens.token(Roles.VENDOR, Scope.VENDOR, vendor);
            default -> Tokens.token(r, null, null);
        });
        return RestAssured.given().auth().oauth2(token).contentType("application/json");
    }

    /** The tenant's warranty records, made on first use. */
    synchronized MaintenanceTenant maintenance() {
        if (maintenance == null) {
            maintenance = new MaintenanceTenant(this);
        }
        return maintenance;
    }

    /** The tenant's campaign records, made on first use. */
    synchronized CampaignTenant campaigns() {
        if (campaigns == null) {
            campaigns = new CampaignTenant(this);
        }
        return campaigns;
    }

    synchronized WarrantyTenant warranty() {
        if (warranty == null) {
            warranty = new WarrantyTenant(this);
        }
        return warranty;
    }

    /** The tenant's dispatch records, made on first use. */
    synchronized DispatchTenant dispatch() {
        if (dispatch == null) {
            dispatch = new DispatchTenant(this);
        }
        return dispatch;
    }

    /** The tenant's announcement records, made on first use. */
    synchronized AnnouncementTenant announcements() {
        if (announcements == null) {
            announcements = new AnnouncementTenant(this);
        }
        return announcements;
    }

    RequestSpecification technicianToken() {
        return as(Roles.TECHNICIAN);
    }

    // ---- fresh records, for operations that use one up ----

    UUID newDealer() {
        return id(admin().body(Map.of("code", TestData.unique("DLR"), "name", "经销商")).post("/api/v1/dealers"));
    }

    UUID newStation() {
        return TestData.station(dealer);
    }

    UUID newTechnician() {
        return id(admin().body(technicianBody()).post("/api/v1/technicians"));
    }

    UUID newCustomer() {
        return TestData.customer(dealer);
    }

    UUID newContact() {
        return id(admin().body(contactBody(false)).post("/api/v1/customers/" + customer + "/contacts"));
    }

    UUID newEquipment() {
        return id(admin().body(equipmentBody(serial())).post("/api/v1/customers/" + customer + "/equipment"));
    }

    /** A requested visit of this tenant's station, made in the back office. */
    UUID newVisit() {
        UUID id = UuidV7.next();
        admin().body(visitBody).put("/api/v1/visits/" + id).then().statusCode(201);
        return id;
    }

    UUID newComplaint() {
        return id(Tokens.as(Roles.HANDLER).body(complaintBody()).post("/api/v1/complaints"));
    }

    /** An open call of this tenant's customer, due long from now (so it stays out of the agents' queue). */
    UUID newFollowUp() {
        return id(admin().body(Map.of("customerId", customer.toString(), "dueAt",
                Instant.now().plus(Duration.ofDays(300)).toString())).post("/api/v1/followups"));
    }

    /** A call completed in ten seconds with every answer at the top: flagged perfunctory. */
    UUID newPerfunctoryCall() {
        UUID call = newFollowUp();
        Tokens.as(Roles.AGENT).body(completed(10, true)).post("/api/v1/followups/" + call + "/attempts").then()
                .statusCode(201);
        return call;
    }

    /** One vendor survey row about this tenant's customer, as uploaded JSON. */
    byte[] surveyRows() {
        return ("[{\"rowId\": \"" + TestData.unique("R") + "\", \"customerCode\": \"" + customerCode
                + "\", \"interviewDate\": \"2026-11-02\", \"method\": \"PHONE\", \"answers\": {"
                + "\"quality_satisfied\": true, \"quality_score\": 5, \"attitude_satisfied\": true, \"attitude_score\": 5,"
                + " \"speed_satisfied\": true, \"speed_score\": 4, \"proactive_satisfied\": true, \"proactive_score\": 5}}]")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    UUID newVendor() {
        return id(admin().body(Map.of("code", TestData.unique("VND"), "name", "调研公司")).post("/api/v1/vendors"));
    }

    UUID newDepartment() {
        return id(admin().body(ComplaintFixtures.departmentBody(TestData.unique("QA").toUpperCase()))
                .post("/api/v1/departments"));
    }

    static Map<String, Object> regionBody() {
        String code = TestData.unique("R").toUpperCase();
        return Map.of("code", code, "nameZh", "大区" + code, "nameEn", "Region " + code, "position", 9000);
    }

    static Map<String, Object> provinceBody(String regionCode) {
        String code = TestData.unique("P").toUpperCase();
        return Map.of("code", code, "nameZh", "省" + code, "nameEn", "Province " + code, "regionCode", regionCode);
    }

    UUID newRegion() {
        return id(admin().body(regionBody()).post("/api/v1/regions"));
    }

    UUID newProvince() {
        return id(admin().body(provinceBody((String) regionBody.get("code"))).post("/api/v1/provinces"));
    }

    UUID newApiKey() {
        return id(admin().body(Map.of("name", "DMS " + name, "role", "DEALER", "dealerId", dealer.toString()))
                .post("/api/v1/api-keys"));
    }

    /** A past day no sample has been drawn for (samples are one per day). */
    static LocalDate newSampleDate() {
        return LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(0, 365 * 30));
    }

    // ---- bodies ----

    Map<String, Object> technicianBody() {
        return Map.of("stationId", station.toString(), "name", "王建国", "phone", "+8613812345678",
                "productLines", List.of("heavy-duty-diesel"));
    }

    static Map<String, Object> contactBody(boolean preferred) {
        return Map.of("name", "李师傅", "role", "DRIVER", "phone", "+8613912345678", "preferred", preferred);
    }

    static Map<String, Object> equipmentBody(String serial) {
        return Map.of("serialNumber", serial, "productSeries", "YC6K", "application", "TRUCK", "deliveryDate",
                "2020-01-01");
    }

    Map<String, Object> complaintBody() {
        Map<String, Object> body = ComplaintFixtures.body(customer);
        body.put("visitId", visit.toString());
        return body;
    }

    static Map<String, Object> completed(int seconds, boolean satisfied) {
        List<Map<String, Object>> answers = new java.util.ArrayList<>();
        for (String dimension : List.of("quality", "attitude", "speed", "proactive")) {
            answers.add(Map.<String, Object>of("item", dimension + "_satisfied", "value", satisfied));
            answers.add(Map.<String, Object>of("item", dimension + "_score", "value", satisfied ? 5 : 3));
        }
        return Map.of("outcome", "COMPLETED", "durationSeconds", seconds, "questionnaireVersion", 1, "answers", answers);
    }

    static String serial() {
        return "SN" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
    }

    private static UUID id(io.restassured.response.Response response) {
        return UUID.fromString(response.then().statusCode(201).extract().path("id"));
    }
}
