package io.fieldback.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.TimeSource;
import io.fieldback.notification.NotificationStatus;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;

/**
 * Writes what providers answered: a whole batch in one transaction (its rows locked in one statement, the
 * updates flushed as JDBC batches). Only a message still SENDING takes an answer: one that recovery already
 * settled (NotificationSender.recoverUnconfirmed) keeps its state.
 */
@ApplicationScoped
public class SendOutcomes {

    /** A message handed to a provider and what the provider answered. */
    record Answered(UUID id, SendResult result) {
    }

    private final SendRules rules;
    private final TimeSource time;
    private final NotificationConfig config;

    SendOutcomes(SendRules rules, TimeSource time, NotificationConfig config) {
        this.rules = rules;
        this.time = time;
        this.config = config;
    }

    /** Must run in a transaction: records every answer of a batch. */
    void record(List<Answered> answers) {
        List<UUID> ids = answers.stream().map(Answered::id).toList();
        Panache.getEntityManager().createNativeQuery("SELECT id FROM notifications WHERE id IN (?1) ORDER BY id "
                + "FOR UPDATE").setParameter(1, ids).getResultList();
        Map<UUID, Notification> rows = Notification.<Notification>list("id in ?1", ids).stream()
                .collect(Collectors.toMap(n -> n.id, Function.identity()));
        Instant now = time.now();
        for (Answered answer : answers) {
            Notification n = rows.get(answer.id());
            if (n != null && n.status == NotificationStatus.SENDING) {
                apply(n, answer.result(), now);
            }
        }
    }

    private void apply(Notification n, SendResult result, Instant now) {
        if (result instanceof SendResult.Accepted a) {
            sent(n, a.providerMessageId(), now);
        } else if (result instanceof SendResult.Rejected r) {
            rejected(n, r, now);
        } else {
            Log.infof("notification %s: no answer from the %s provider (%s); asked after the lease",
                    n.id, n.channel, ((SendResult.Unknown) result).detail());
            n.reason = "UNCONFIRMED";
        }
    }

    static void sent(Notification n, String providerMessageId, Instant now) {
        n.status = NotificationStatus.SENT;
        n.reason = null;
        n.providerMessageId = providerMessageId;
        n.sentAt = now;
        n.sendingSince = null;
    }

    private void rejected(Notification n, SendResult.Rejected r, Instant now) {
        n.sendingSince = null;
        if (r.problem() == SendResult.AddressProblem.BAD_NUMBER) {
            flagBadNumber(n, now);
        } else if (r.problem() == SendResult.AddressProblem.UNREGISTERED
                || r.problem() == SendResult.AddressProblem.BAD_ADDRESS) {
            Identity.update("active = false, droppedReason = ?1, version = version + 1 where contactId = ?2 "
                    + "and channel = ?3 and address = ?4", r.code(), n.contactId, n.channel, n.address);
        }
        if (r.problem() != null && fallbackLeft(n, now)) {
            n.status = NotificationStatus.QUEUED;
            n.reason = "FALLBACK_AFTER:" + r.code();
            n.notBefore = now;
        } else if (!r.permanent() && n.attempts < config.maxAttempts()) {
            retryLater(n, "RETRY_AFTER:" + r.code(), now);
        } else {
            n.end(NotificationStatus.FAILED, r.code(), now);
        }
    }

    private boolean fallbackLeft(Notification n, Instant now) {
        Panache.getEntityManager().flush();
        return rules.choose(n, BatchFacts.of(List.of(n), rules.capSince(now))) != null;
    }

    static void flagBadNumber(Notification n, Instant now) {
        ContactProfile profile = ContactProfile.findById(n.contactId);
        if (profile == null) {
            profile = new ContactProfile();
            profile.id = n.contactId;
            profile.customerId = n.customerId;
        }
        profile.badNumberAt = now;
        profile.persist();
    }

    /** Exponential backoff: 1, 2, 4... times the setting after each failed attempt. */
    void retryLater(Notification n, String why, Instant now) {
        n.status = NotificationStatus.QUEUED;
        n.reason = why;
        n.notBefore = now.plus(config.retryBackoff().multipliedBy(1L << Math.min(n.attempts - 1, 10)));
    }
}
