package io.fieldback.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.UuidV7;
import io.fieldback.demo.Acting.Actor;
import io.fieldback.security.Roles;
import io.fieldback.security.Scope;
import io.fieldback.visit.Outcome;
import io.fieldback.visit.VisitEventRequest;
import io.fieldback.visit.VisitEventType;
import io.fieldback.visit.VisitRequest;
import io.fieldback.visit.VisitService;
import io.fieldback.visit.VisitType;

/**
 * Six weeks of visits as the technicians' phones record them: created when the customer asked, then
 * ARRIVED, DIAGNOSED and COMPLETED events at their own (past) times. A visit whose next step would lie in
 * the future stays where it is, as real visits in progress do. Completion writes the visit.completed
 * event that the follow-up feature turns into calls.
 */
@ApplicationScoped
class VisitHistory {

    static final int DAYS = 42;
    static final int VISITS = 300;
    private static final List<String> FAULTS = List.of("发动机启动困难，冒黑烟", "水温偏高，风扇异响", "机油压力报警",
            "怠速不稳，动力不足", "例行保养：更换机油和三滤", "喷油器漏油", "涡轮增压器异响", "电控系统故障灯亮",
            "冷却液渗漏", "首保检查");

    /** A completed visit, for complaints that refer to it. */
    record Done(UUID visitId, Network.Customer customer, Network.Unit unit, Instant completedAt) {
    }

    private final Acting acting;
    private final VisitService visits;

    VisitHistory(Acting acting, VisitService visits) {
        this.acting = acting;
        this.visits = visits;
    }

    List<Done> record(Network network, Random random, Instant now, Tally tally) {
        List<Network.Customer> who = new ArrayList<>(network.customers());
        Collections.shuffle(who, random);
        List<Network.Customer> picked = new ArrayList<>(who.subList(0, Math.min(who.size(), VISITS * 17 / 20)));
        while (picked.size() < VISITS) {
            picked.add(who.get(random.nextInt(who.size()))); // some customers come twice (calls: CALLED_RECENTLY)
        }
        List<Planned> plan = new ArrayList<>();
        for (Network.Customer customer : picked) {
            plan.add(plan(customer, random, now));
        }
        plan.sort(Comparator.comparing(Planned::requestedAt));
        List<Done> done = new ArrayList<>();
        for (Planned p : plan) {
            Done d = play(p, now, tally);
            if (d != null) {
                done.add(d);
            }
        }
        done.sort(Comparator.comparing(Done::completedAt));
        return done;
    }

    private record Planned(Network.Customer customer, Network.Unit unit, UUID technician, VisitType type, String fault,
            Instant requestedAt, Instant arrivedAt, Instant completedAt, Outcome outcome) {
    }

    private Planned plan(Network.Customer customer, Random random, Instant now) {
        Network.Unit unit = customer.units().get(random.nextInt(customer.units().size()));
        List<UUID> technicians = customer.station().technicians();
        // local working hours in China (08:00-18:00 at UTC+8)
        Instant day = now.minus(Duration.ofDays(1 + random.nextInt(DAYS))).truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        Instant requested = day.plus(Duration.ofMinutes(random.nextInt(600)));
        Instant arrived = requested.plus(Duration.ofMinutes(90 + random.nextInt(24 * 60)));
        Instant completed = arrived.plus(Duration.ofMinutes(45 + random.nextInt(300)));
        int r = random.nextInt(100);
        Outcome outcome = r < 85 ? Outcome.FIXED : r < 92 ? Outcome.NEEDS_PARTS : r < 97 ? Outcome.NEEDS_REVISIT
                : Outcome.UNRESOLVED;
        int t = random.nextInt(100);
        VisitType type = t < 40 ? VisitType.MAINTENANCE : t < 65 ? VisitType.WARRANTY_REPAIR
                : t < 85 ? VisitType.PAID_REPAIR : t < 95 ? VisitType.INSPECTION : VisitType.MOBILE_SERVICE;
        return new Planned(customer, unit, technicians.get(random.nextInt(technicians.size())), type,
                FAULTS.get(random.nextInt(FAULTS.size())), requested, arrived, completed, outcome);
    }

    private Done play(Planned p, Instant now, Tally tally) {
        Network.Station station = p.customer().station();
        Actor phone = new Actor("demo-tech-" + p.technician().toString().substring(24), Roles.TECHNICIAN,
                Map.of(Scope.STATION, station.id(), Scope.TECHNICIAN, p.technician()));
        UUID id = UuidV7.next();
        VisitRequest request = new VisitRequest(p.customer().id(), p.unit().id(), station.id(), p.type(), p.fault(),
                null, null, null, null, null, null, null, null, p.requestedAt(), null);
        acting.as(phone, p.requestedAt(), () -> visits.put(id, request, null));
        tally.add("visits");
        if (p.arrivedAt().isAfter(now)) {
            return null;
        }
        event(phone, id, VisitEventType.ARRIVED, p.arrivedAt(), null, null);
        Instant diagnosed = p.arrivedAt().plus(Duration.ofMinutes(20));
        if (diagnosed.isAfter(now)) {
            return null;
        }
        event(phone, id, VisitEventType.DIAGNOSED, diagnosed, "现场检查：" + p.fault(), null);
        if (p.completedAt().isAfter(now)) {
            return null;
        }
        event(phone, id, VisitEventType.COMPLETED, p.completedAt(), "处理完毕，试车正常", p.outcome());
        tally.add("visits completed");
        return new Done(id, p.customer(), p.unit(), p.completedAt());
    }

    private void event(Actor phone, UUID visitId, VisitEventType type, Instant at, String note, Outcome outcome) {
        VisitEventRequest event = new VisitEventRequest(UuidV7.next(), type, at, note, outcome, null, null, null, null, null, null);
        acting.as(phone, at, () -> visits.addEvent(visitId, event));
    }
}
