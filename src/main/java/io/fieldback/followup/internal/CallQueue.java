package io.fieldback.followup.internal;

import io.fieldback.followup.*;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import io.fieldback.common.TimeSource;
import io.fieldback.security.Caller;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The agents' call queue. The next call is picked and locked in one statement with
 * {@code FOR UPDATE SKIP LOCKED}, so two agents (on any instances) never get the same call: a row
 * another transaction is claiming is skipped, not waited for. A claim lasts the claim timeout; a call
 * whose agent records no attempt by then is available again. Every call is decided again by
 * {@link CallEligibility} before it is handed out: the facts may have changed since it was scheduled.
 */
@ApplicationScoped
public class CallQueue {

    /** Due, open, not claimed (or the claim ran out), and inside the contact's call window now. */
    private static final String CLAIMABLE = "SELECT * FROM followup_calls WHERE status = 'OPEN' AND available_at <= :now"
            + " %s AND (window_start IS NULL OR window_end IS NULL"
            + " OR (window_start < window_end AND :local >= window_start AND :local < window_end)"
            + " OR (window_start > window_end AND (:local >= window_start OR :local < window_end)))"
            + " ORDER BY available_at, id LIMIT 1 FOR UPDATE SKIP LOCKED";

    private final Caller caller;
    private final TimeSource time;
    private final FollowUpConfig config;
    private final FollowUpService calls;
    private final CallEligibility eligibility;

    public CallQueue(Caller caller, TimeSource time, FollowUpConfig config, FollowUpService calls,
            CallEligibility eligibility) {
        this.eligibility = eligibility;
        this.caller = caller;
        this.time = time;
        this.config = config;
        this.calls = calls;
    }

    /**
     * Claims the next call for the calling agent, or returns null when none is due. Calls of the product
     * lines the agent is trained on come first, then any other. An agent who already holds a live claim
     * gets that call again, so a retried request never locks a second call.
     */
    @Transactional
    public FollowUpView next() {
        String agent = caller.name();
        Instant now = time.now();
        FollowUp call = FollowUp.<FollowUp>find("status = ?1 and claimedBy = ?2 and claimExpiresAt > ?3",
                FollowUpStatus.OPEN, agent, now).firstResult();
        // the call held may have become one not to make since it was handed out: then a new one
        if (call != null && eligibility.stillEligible(call)) {
            return calls.view(call, true);
        }
        AgentProfile profile = AgentProfile.byAgent(agent);
        LocalTime local = LocalTime.ofInstant(now, config.timeZone());
        // each candidate is decided again with the facts as they are now; one closed as not eligible is
        // skipped, and the loop ends because every turn either hands out a call or closes one
        for (call = pick(profile, now, local); call != null; call = pick(profile, now, local)) {
            if (eligibility.stillEligible(call)) {
                call.claimedBy = agent;
                call.claimExpiresAt = now.plus(config.claimTimeout());
                call.availableAt = call.claimExpiresAt;
                FollowUp.flush();
                return calls.view(call, true);
            }
            FollowUp.flush();
        }
        return null;
    }

    /**
     * Calls of the product lines the agent is trained on first, then any: one line at a time, each an
     * in-order read of the (status, product_line, available_at) index that stops at the first claimable row,
     * where "IN (lines)" would sort and lock them all; the earliest wins, and the other rows stay locked only
     * until this short transaction ends.
     */
    private static FollowUp pick(AgentProfile profile, Instant now, LocalTime local) {
        FollowUp call = null;
        for (String line : profile == null ? Set.<String>of() : profile.productLines) {
            FollowUp candidate = claimable(now, local, line);
            if (candidate != null && (call == null || candidate.availableAt.isBefore(call.availableAt))) {
                call = candidate;
            }
        }
        return call != null ? call : claimable(now, local, null);
    }

    /** The first claimable call, of one product line or of any; locked, or null. */
    @SuppressWarnings("unchecked")
    private static FollowUp claimable(Instant now, LocalTime local, String line) {
        Query query = Panache.getEntityManager().createNativeQuery(
                CLAIMABLE.formatted(line == null ? "" : "AND product_line = :line"), FollowUp.class)
                .setParameter("now", now).setParameter("local", local);
        if (line != null) {
            query.setParameter("line", line);
        }
        List<FollowUp> rows = query.getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
