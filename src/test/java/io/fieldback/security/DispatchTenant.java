package io.fieldback.security;

import static io.fieldback.support.Tokens.admin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tenant's dispatch records for the tenancy matrix: its technician can take any visit of its station at any
 * hour (skill, certification, every day's shift), fresh assignments and proposals, and a day plan.
 */
final class DispatchTenant {

    private final TenancyWorld world;
    final UUID plan;

    DispatchTenant(TenancyWorld world) {
        this.world = world;
        admin().body(Map.of("skills", List.of(Map.of("productSeries", "YC6K", "level", 3)),
                "certifications", List.of(Map.of("name", "国六", "validUntil", LocalDate.now().plusYears(1).toString())),
                "shifts", Arrays.stream(DayOfWeek.values()).map(d -> Map.of("dayOfWeek", d.name(), "start", "00:00",
                        "end", "23:59")).toList(),
                "dailyCap", 50)).put("/api/v1/technicians/" + world.technician + "/capabilities").then().statusCode(200);
        plan = UUID.fromString(admin().body(Map.of("date", tomorrow())).post("/api/v1/stations/" + world.station
                + "/day-plans").then().statusCode(202).extract().path("id"));
    }

    static String tomorrow() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
    }

    UUID newAssignment() {
        return assign("ASSIGNED");
    }

    UUID newProposal() {
        return assign("PROPOSED");
    }

    private UUID assign(String status) {
        return UUID.fromString(admin().body(Map.of("technicianId", world.technician.toString(), "status", status))
                .post("/api/v1/visits/" + world.newVisit() + "/assignments").then().statusCode(201).extract().path("id"));
    }
}
