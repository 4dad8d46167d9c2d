package io.fieldback.complaint;

import static io.fieldback.complaint.ComplaintFixtures.DEPARTMENTS;
import static io.fieldback.complaint.ComplaintFixtures.body;
import static io.fieldback.complaint.ComplaintFixtures.create;
import static io.fieldback.complaint.ComplaintFixtures.customer;
import static io.fieldback.complaint.ComplaintFixtures.departmentBody;
import static io.fieldback.complaint.ComplaintFixtures.handler;
import static io.fieldback.complaint.ComplaintFixtures.path;
import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.assertProblem;
import static io.fieldback.support.Tokens.admin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.TestData;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DepartmentTest {

    private static String code() {
        return TestData.unique("DEPT").toUpperCase();
    }

    @Test
    void anAdminRegistersADepartmentAndHandlersReadIt() {
        String code = code();
        String id = admin().body(departmentBody(code)).post(DEPARTMENTS).then().statusCode(201)
                .header("ETag", "\"0\"").body("code", equalTo(code)).body("supervisorName", equalTo("陈志强"))
                .extract().path("id");
        handler().get(DEPARTMENTS + "/" + id).then().statusCode(200).body("supervisorContact", equalTo("+8613900001111"));
        handler().queryParam("code", code).get(DEPARTMENTS).then().body("items.id", contains(id));
    }

    @Test
    void aNewSupervisorIsSetWithIfMatchAndARenamedCodeFollowsToComplaints() {
        String code = code();
        String id = admin().body(departmentBody(code)).post(DEPARTMENTS).then().statusCode(201).extract().path("id");
        Map<String, Object> body = body(customer());
        body.put("departmentCode", code);
        UUID complaint = create(body);
        Map<String, Object> change = departmentBody(code + "-NEW");
        change.put("supervisorName", "赵刚");
        assertProblem(admin().body(change).put(DEPARTMENTS + "/" + id), 428);
        admin().header("If-Match", "\"0\"").body(change).put(DEPARTMENTS + "/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("supervisorName", equalTo("赵刚"));
        handler().get(path(complaint)).then().body("departmentCode", equalTo(code + "-NEW"));
        assertProblem(admin().header("If-Match", "\"0\"").body(change).put(DEPARTMENTS + "/" + id), 412);
    }

    @Test
    void aTakenCodeIsAConflict() {
        String code = code();
        admin().body(departmentBody(code)).post(DEPARTMENTS).then().statusCode(201);
        assertProblem(admin().body(departmentBody(code)).post(DEPARTMENTS), 409);
    }

    @Test
    void missingSupervisorAndBadCodeAreRejected() {
        Map<String, Object> body = departmentBody(code());
        body.remove("supervisorName");
        assertInvalid(admin().body(body).post(DEPARTMENTS), "supervisorName");
        assertInvalid(admin().body(departmentBody("质量 部")).post(DEPARTMENTS), "code");
    }

    @Test
    void deactivatedDepartmentsLeaveTheDefaultList() {
        String code = code();
        String id = admin().body(departmentBody(code)).post(DEPARTMENTS).then().statusCode(201).extract().path("id");
        admin().delete(DEPARTMENTS + "/" + id).then().statusCode(204);
        admin().queryParam("code", code).get(DEPARTMENTS).then().body("items", emptyIterable());
        admin().queryParam("code", code).queryParam("active", false).get(DEPARTMENTS).then()
                .body("items[0].active", equalTo(false));
    }

    @Test
    void onlyAdminsManageDepartments() {
        assertProblem(handler().body(departmentBody(code())).post(DEPARTMENTS), 403);
        assertProblem(Tokens.as(Roles.AGENT).get(DEPARTMENTS), 403);
        assertProblem(Tokens.dealer(UUID.randomUUID()).get(DEPARTMENTS), 403);
        assertProblem(admin().get(DEPARTMENTS + "/" + UUID.randomUUID()), 404);
    }
}
