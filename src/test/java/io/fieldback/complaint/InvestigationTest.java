package io.fieldback.complaint;

import static io.fieldback.complaint.ComplaintFixtures.complaint;
import static io.fieldback.complaint.ComplaintFixtures.countermeasure;
import static io.fieldback.complaint.ComplaintFixtures.department;
import static io.fieldback.complaint.ComplaintFixtures.handler;
import static io.fieldback.complaint.ComplaintFixtures.investigate;
import static io.fieldback.complaint.ComplaintFixtures.investigation;
import static io.fieldback.complaint.ComplaintFixtures.path;
import static io.fieldback.complaint.ComplaintFixtures.time;
import static io.fieldback.complaint.ComplaintFixtures.toClosed;
import static io.fieldback.station.StationFixtures.assertInvalid;
import static io.fieldback.station.StationFixtures.assertProblem;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.fieldback.security.Roles;
import io.fieldback.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InvestigationTest {

    @AfterEach
    void realTime() {
        time().reset();
    }

    @Test
    void theInvestigationIsRecordedWithWhoAndWhen() {
        UUID id = complaint();
        String code = department();
        Map<String, Object> body = investigation(code, "SUPPLIER");
        body.put("supplierName", "无锡精密喷射有限公司");
        investigate(id, body).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("departmentCode", equalTo(code))
                .body("investigation.rootCause", equalTo("喷油器密封圈老化"))
                .body("investigation.faultOrigin", equalTo("SUPPLIER"))
                .body("investigation.supplierName", equalTo("无锡精密喷射有限公司"))
                .body("investigation.temporaryCountermeasure.owner", equalTo("王建国"))
                .body("investigation.permanentCountermeasure.action", equalTo("更换密封圈材料"))
                .body("investigation.permanentCountermeasure.dueDate", notNullValue())
                .body("investigation.recordedBy", startsWith("test-handler-"))
                .body("investigation.recordedAt", notNullValue());
    }

    @Test
    void aCountermeasureWithoutOwnerOrDueDateIsRejected() {
        UUID id = complaint();
        Map<String, Object> body = investigation(department(), "IN_HOUSE");
        body.put("temporaryCountermeasure", countermeasure("更换喷油器", null, null));
        body.put("permanentCountermeasure", countermeasure("更换密封圈材料", "李敏", null));
        assertInvalid(investigate(id, body), "temporaryCountermeasure")
                .body("errors.field", containsInAnyOrder("temporaryCountermeasure.owner",
                        "temporaryCountermeasure.dueDate", "permanentCountermeasure.dueDate"));
        handler().get(path(id)).then().body("investigation", nullValue()).body("version", equalTo(0));
    }

    @Test
    void aBlankOwnerOrActionIsRejected() {
        UUID id = complaint();
        Map<String, Object> body = investigation(department(), "IN_HOUSE");
        body.put("permanentCountermeasure", countermeasure(" ", " ", LocalDate.now().toString()));
        assertInvalid(investigate(id, body), "permanentCountermeasure")
                .body("errors.field", containsInAnyOrder("permanentCountermeasure.action",
                        "permanentCountermeasure.owner"));
    }

    @Test
    void aDueDateBeforeTheComplaintIsRejected() {
        UUID id = complaint();
        Map<String, Object> body = investigation(department(), "IN_HOUSE");
        body.put("temporaryCountermeasure", countermeasure("更换喷油器", "王建国", "2020-01-01"));
        assertInvalid(investigate(id, body), "temporaryCountermeasure.dueDate");
    }

    @Test
    void anUnknownDepartmentOrOriginIsRejected() {
        UUID id = complaint();
        assertInvalid(investigate(id, investigation("NO-SUCH-DEPT", "IN_HOUSE")), "departmentCode");
        assertInvalid(investigate(id, investigation(department(), "SOMEONE_ELSE")), "faultOrigin");
    }

    @Test
    void aDeactivatedDepartmentTakesNoNewComplaints() {
        UUID id = complaint();
        String code = department();
        String departmentId = Tokens.admin().queryParam("code", code).get(ComplaintFixtures.DEPARTMENTS)
                .path("items[0].id");
        Tokens.admin().delete(ComplaintFixtures.DEPARTMENTS + "/" + departmentId).then().statusCode(204);
        assertInvalid(investigate(id, investigation(code, "IN_HOUSE")), "departmentCode");
    }

    @Test
    void theInvestigationNeedsIfMatch() {
        UUID id = complaint();
        assertProblem(handler().body(investigation(department(), "IN_HOUSE")).put(path(id) + "/investigation"), 428);
        assertProblem(handler().header("If-Match", "\"7\"").body(investigation(department(), "IN_HOUSE"))
                .put(path(id) + "/investigation"), 412);
    }

    @Test
    void aClosedComplaintsInvestigationIsFrozen() {
        UUID id = complaint();
        toClosed(id);
        assertProblem(investigate(id, investigation(department(), "SUPPLIER")), 409);
    }

    @Test
    void onlyHandlersAndAdminsInvestigate() {
        UUID id = complaint();
        String etag = ComplaintFixtures.etag(id);
        assertProblem(Tokens.as(Roles.AGENT).header("If-Match", etag).body(investigation(department(), "IN_HOUSE"))
                .put(path(id) + "/investigation"), 403);
        Tokens.admin().header("If-Match", etag).body(investigation(department(), "IN_HOUSE"))
                .put(path(id) + "/investigation").then().statusCode(200);
    }
}
