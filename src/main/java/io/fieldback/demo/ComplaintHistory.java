package io.fieldback.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.complaint.Category;
import io.fieldback.complaint.Channel;
import io.fieldback.complaint.ComplaintJobs;
import io.fieldback.complaint.ComplaintRequest;
import io.fieldback.complaint.ComplaintService;
import io.fieldback.complaint.ComplaintStatus;
import io.fieldback.complaint.ComplaintSummary;
import io.fieldback.complaint.ComplaintWorkflow;
import io.fieldback.complaint.FaultOrigin;
import io.fieldback.complaint.InvestigationRequest;
import io.fieldback.complaint.Severity;
import io.fieldback.complaint.TransitionRequest;
import io.fieldback.demo.Acting.Actor;
import io.fieldback.security.Roles;

/**
 * Complaints: some from the hotline, the web and dealers about recent visits, the rest taken up from
 * problems raised on follow-up calls (the follow-up intake, as in production). Handlers then work each one
 * through the workflow at past times: most are contacted within 12 hours, some too late; replies come in
 * time or not; the oldest pass the 30-day verification and are closed. The escalation job finally marks the
 * deadlines that ran out while a complaint waited.
 */
@ApplicationScoped
class ComplaintHistory {

    static final int HOTLINE_COMPLAINTS = 40;
    private static final Actor HANDLER = Actor.of("demo-handler-chen", Roles.HANDLER);
    private static final List<Category> CATEGORIES = List.of(Category.PRODUCT_QUALITY, Category.PRODUCT_QUALITY,
            Category.PRODUCT_QUALITY, Category.PARTS, Category.PARTS, Category.PRICE, Category.RESPONSE_SPEED,
            Category.SERVICE_ATTITUDE, Category.OTHER);
    private static final List<String> TEXTS = List.of("维修后一周内故障复发", "配件迟迟不到，车辆停运三天", "保养收费与报价不符",
            "发动机异响，怀疑增压器质量问题", "服务站电话无人接听", "更换的喷油器又漏油");

    private final Acting acting;
    private final ComplaintService complaints;
    private final ComplaintWorkflow workflow;
    private final ComplaintJobs jobs;

    ComplaintHistory(Acting acting, ComplaintService complaints, ComplaintWorkflow workflow, ComplaintJobs jobs) {
        this.acting = acting;
        this.complaints = complaints;
        this.workflow = workflow;
        this.jobs = jobs;
    }

    /** {@code visits} in the order they were completed. */
    void record(List<VisitHistory.Done> visits, Random random, Instant now, Tally tally) {
        hotline(visits, random, now);
        acting.as(NetworkBuilder.ADMIN, jobs::takeUpProblemsRaisedOnCalls);
        List<ComplaintSummary> received = new ArrayList<>(acting.as(HANDLER, () -> Pages.all(p -> complaints.list(
                new ComplaintService.Criteria(ComplaintStatus.RECEIVED, null, null, null, null), p))));
        received.sort(Comparator.comparing(ComplaintSummary::receivedAt).thenComparing(ComplaintSummary::id));
        for (ComplaintSummary complaint : received) {
            work(complaint, random, now, tally);
        }
        acting.as(NetworkBuilder.ADMIN, jobs::escalateBreaches);
        // counted at the end: in dev the scheduled intake takes up some of them alongside the seeder
        tally.add("complaints", acting.as(HANDLER, () -> Pages.all(p -> complaints.list(
                new ComplaintService.Criteria(null, null, null, null, null), p)).size()));
    }

    private void hotline(List<VisitHistory.Done> visits, Random random, Instant now) {
        for (int i = 0; i < HOTLINE_COMPLAINTS && !visits.isEmpty(); i++) {
            // a third about the oldest visits, so that some complaints have had time to pass verification and close
            int bound = random.nextInt(3) == 0 ? Math.max(1, visits.size() / 5) : visits.size();
            VisitHistory.Done visit = visits.get(random.nextInt(bound));
            Instant received = visit.completedAt().plus(Duration.ofMinutes(60 + random.nextInt(
                    (bound < visits.size() ? 2 : 9) * 24 * 60)));
            if (received.isAfter(now)) {
                continue;
            }
            Channel channel = List.of(Channel.HOTLINE, Channel.HOTLINE, Channel.WEB, Channel.DEALER)
                    .get(random.nextInt(4));
            ComplaintRequest request = new ComplaintRequest(visit.customer().id(), visit.visitId(), visit.unit().id(),
                    channel, CATEGORIES.get(random.nextInt(CATEGORIES.size())),
                    random.nextInt(100) < 25 ? Severity.URGENT : Severity.NORMAL, TEXTS.get(random.nextInt(TEXTS.size())),
                    received, null, null, null, null);
            acting.as(HANDLER, received, () -> complaints.create(request));
        }
    }

    /** Takes the complaint as far as its steps' times allow; one in ten is left waiting. */
    private void work(ComplaintSummary complaint, Random random, Instant now, Tally tally) {
        if (random.nextInt(10) == 0) {
            return;
        }
        Instant received = complaint.receivedAt();
        boolean urgent = complaint.severity() == Severity.URGENT;
        Instant at = received.plus(Duration.ofMinutes(random.nextInt(100) < 75 ? 60 + random.nextInt(600)
                : 13 * 60 + random.nextInt(20 * 60)));
        if (!step(complaint.id(), ComplaintStatus.CONTACTED, at, now)
                || !step(complaint.id(), ComplaintStatus.INVESTIGATING, at = at.plus(hours(random, 2, 6)), now)) {
            return;
        }
        at = at.plus(hours(random, 2, 20));
        if (!investigate(complaint.id(), received, at, random, now)) {
            return;
        }
        Instant reply = received.plus(hours(random, urgent ? 20 : 40, urgent ? 60 : 90));
        at = reply.isAfter(at) ? reply : at.plus(Duration.ofHours(1));
        if (!step(complaint.id(), ComplaintStatus.REMEDY_PROPOSED, at, now)
                || !step(complaint.id(), ComplaintStatus.CUSTOMER_CONFIRMED, at = at.plus(hours(random, 4, 30)), now)
                || !step(complaint.id(), ComplaintStatus.REMEDY_DONE, at = at.plus(hours(random, 24, 72)), now)
                || !step(complaint.id(), ComplaintStatus.VERIFIED, at = at.plus(Duration.ofDays(30)).plus(hours(random, 1,
                        48)), now)
                || !step(complaint.id(), ComplaintStatus.CLOSED, at.plus(hours(random, 1, 20)), now)) {
            return;
        }
        tally.add("complaints closed");
    }

    private boolean investigate(UUID id, Instant received, Instant at, Random random, Instant now) {
        if (at.isAfter(now)) {
            return false;
        }
        LocalDate day = received.atZone(ZoneOffset.UTC).toLocalDate();
        boolean supplier = random.nextInt(100) < 30;
        InvestigationRequest investigation = new InvestigationRequest(
                supplier ? "供应商批次质量问题" : "装配工艺不当", supplier ? "QUALITY" : "CUSTOMER-SERVICE",
                supplier ? FaultOrigin.SUPPLIER : FaultOrigin.IN_HOUSE, supplier ? "某配件供应商（演示）" : null,
                new InvestigationRequest.Countermeasure("更换故障件，恢复车辆运行", "服务站站长", day.plusDays(2)),
                new InvestigationRequest.Countermeasure("改进装配检验流程", "质量工程师", day.plusDays(supplier ? 7 : 3)),
                null);
        acting.as(HANDLER, at, () -> workflow.recordInvestigation(id, investigation, "*"));
        return true;
    }

    /** Takes one step at its time; false when that time is still to come. */
    private boolean step(UUID id, ComplaintStatus to, Instant at, Instant now) {
        if (at.isAfter(now)) {
            return false;
        }
        acting.as(HANDLER, at, () -> workflow.transition(id, new TransitionRequest(to, null, null), null));
        return true;
    }

    private static Duration hours(Random random, int from, int to) {
        return Duration.ofMinutes(from * 60L + random.nextInt((to - from) * 60));
    }
}
