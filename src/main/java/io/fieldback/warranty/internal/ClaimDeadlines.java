package io.fieldback.warranty.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.clock.ClockBreach;
import io.fieldback.clock.ClockBreachHandler;
import io.fieldback.clock.Clocks;
import io.fieldback.common.DomainEvents;
import io.fieldback.warranty.ClaimStatus;
import io.fieldback.warranty.WarrantyDeadlineMissed;

/**
 * A claim's two deadlines, on the shared clocks: SUBMISSION runs from the claim's creation, due N days after
 * the repair day (warranty time zone), and stops when the claim is submitted; DECISION starts when a claim
 * goes to the manual queue, due M days later, and stops at the decision or when the claim is returned for
 * information (the station has the ball then). A resubmission starts a new DECISION deadline. A missed
 * deadline is recorded once as {@code warranty.deadline-missed} (it reaches the dealer's change feed too).
 */
@ApplicationScoped
class ClaimDeadlines implements ClockBreachHandler {

    static final String SUBJECT = "warranty-claim";
    static final String SUBMISSION = "SUBMISSION";
    static final String DECISION = "DECISION";

    private final Clocks clocks;
    private final WarrantyConfig config;
    private final DomainEvents events;

    ClaimDeadlines(Clocks clocks, WarrantyConfig config, DomainEvents events) {
        this.clocks = clocks;
        this.config = config;
        this.events = events;
    }

    void created(WarrantyClaim claim) {
        clocks.start(SUBJECT, claim.id, SUBMISSION, submissionDue(claim));
    }

    /** The claim's repair was replaced (a DRAFT edited): its submission deadline follows the new repair day. */
    void changed(WarrantyClaim claim) {
        if (claim.status == ClaimStatus.DRAFT) {
            clocks.follow(SUBJECT, claim.id, SUBMISSION, submissionDue(claim));
        }
    }

    void submitted(WarrantyClaim claim, Instant at) {
        clocks.stop(SUBJECT, claim.id, SUBMISSION, at);
        if (claim.status == ClaimStatus.IN_REVIEW) {
            clocks.start(SUBJECT, claim.id, DECISION, at.plus(config.deadlines().decision()));
        }
    }

    /**
     * The deadlines of a bulk request, moved together in the order one claim at a time would move them:
     * submission clocks started for the new claims (already stopped for those submitted in the same request) and
     * following the edited drafts, stopped for the stored claims submitted, decision clocks started for those gone
     * to review. The new claims' clocks are written without reading: they cannot have any yet.
     */
    void bulk(List<WarrantyClaim> created, List<WarrantyClaim> editedDrafts, List<WarrantyClaim> submitted,
            Instant at) {
        Set<UUID> isNew = created.stream().map(c -> c.id).collect(Collectors.toSet());
        Set<UUID> submittedIds = submitted.stream().map(c -> c.id).collect(Collectors.toSet());
        clocks.startNew(SUBJECT, SUBMISSION, dues(created.stream().filter(c -> !submittedIds.contains(c.id))), null);
        clocks.startNew(SUBJECT, SUBMISSION, dues(created.stream().filter(c -> submittedIds.contains(c.id))), at);
        clocks.followAll(SUBJECT, SUBMISSION, dues(editedDrafts.stream()));
        clocks.stopAll(SUBJECT, SUBMISSION, submitted.stream().map(c -> c.id).filter(id -> !isNew.contains(id))
                .toList(), at);
        Map<Boolean, Map<UUID, Instant>> decisions = new HashMap<>(Map.of(true, new LinkedHashMap<>(), false,
                new LinkedHashMap<>()));
        submitted.stream().filter(c -> c.status == ClaimStatus.IN_REVIEW).forEach(c -> decisions
                .get(isNew.contains(c.id)).put(c.id, at.plus(config.deadlines().decision())));
        clocks.startNew(SUBJECT, DECISION, decisions.get(true), null);
        clocks.startAll(SUBJECT, DECISION, decisions.get(false));
    }

    private Map<UUID, Instant> dues(Stream<WarrantyClaim> claims) {
        Map<UUID, Instant> dues = new LinkedHashMap<>();
        claims.forEach(c -> dues.put(c.id, submissionDue(c)));
        return dues;
    }

    /** Decided, or returned for information: the manufacturer has answered. */
    void answered(WarrantyClaim claim, Instant at) {
        clocks.stop(SUBJECT, claim.id, DECISION, at);
    }

    @Override
    public String subjectType() {
        return SUBJECT;
    }

    @Override
    public void breached(ClockBreach breach) {
        WarrantyClaim claim = WarrantyClaim.findById(breach.subjectId());
        if (claim == null) {
            return;
        }
        events.record(WarrantyDeadlineMissed.TOPIC, claim.id, claim.dealerId, new WarrantyDeadlineMissed(claim.id,
                claim.claimNumber, claim.stationId, claim.dealerId, breach.kind(), claim.status, breach.dueAt(),
                breach.breachedAt()));
    }

    /** The end of the N-th day after the repair day, in the warranty time zone. */
    private Instant submissionDue(WarrantyClaim claim) {
        return claim.repairedOn.plus(config.deadlines().submission()).plusDays(1).atStartOfDay(config.timeZone())
                .toInstant();
    }
}
