package io.fieldback.security;

import static io.fieldback.support.Tokens.admin;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tenant's dispatch records for the tenancy matrix: its technician can take any visit of its station at any
 * hour (skill, certification, every day's shift), fresh assignments and proposals, and a day plan.
 */
final class DispatchTenant {

    private final TenancyWorld world;
    final UUID plan;
    private final AtomicInteger assigned = new AtomicInteger();

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

    /**
     * Each visit gets a day of its own ahead: the matrix makes dozens of assignments for one technician, and on a
     * single day they would run into the daily cap (at most 50) as rows are added.
     */
    private UUID assign(String status) {
        UUID visit = world.newVisit();
        Instant start = Instant.now().plus(1 + assigned.getAndIncrement() % 300, ChronoUnit.DAYS);
        admin().body(Map.of("windowStart", start.toString(), "windowEnd", start.plus(2, ChronoUnit.HOURS).toString(),
                "durationMinutes", 45)).put("/api/v1/visits/" + visit + "/dispatch-details").then().statusCode(200);
        return UUID.fromString(admin().body(Map.of("technicianId", world.technician.toString(), "status", status))
                .post("/api/v1/visits/" + visit + "/assignments").then().statusCode(201).extract().path("id"));
    }
}
