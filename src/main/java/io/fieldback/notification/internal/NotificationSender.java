package io.fieldback.notification.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.customer.ContactService;
import io.fieldback.customer.ContactView;
import io.fieldback.notification.NotificationStatus;
import io.fieldback.notification.internal.SendRules.Decision;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Sends due messages. Never twice: a message is claimed (row lock, SKIP LOCKED) and moved to SENDING in a
 * transaction that commits before the provider is called, so another sender never picks it; a SENDING
 * message whose outcome is unknown (time-out, crash) is only sent again after the provider said it does
 * not have it.
 */
@ApplicationScoped
public class NotificationSender {

    private final SendRules rules;
    private final Adapters adapters;
    private final Placeholders placeholders;
    private final ContactService contacts;
    private final TimeSource time;
    private final NotificationConfig config;
    private final ObjectMapper mapper;

    NotificationSender(SendRules rules, Adapters adapters, Placeholders placeholders, ContactService contacts,
            TimeSource time, NotificationConfig config, ObjectMapper mapper) {
        this.rules = rules;
        this.adapters = adapters;
        this.placeholders = placeholders;
        this.contacts = contacts;
        this.time = time;
        this.config = config;
        this.mapper = mapper;
    }

    /** Sends (or defers, suppresses, expires) every due message; returns how many were handed to providers. */
    public int run() {
        recoverUnconfirmed();
        int handed = 0;
        while (true) {
            Claim claimed = QuarkusTransaction.requiringNew().call(this::claim);
            if (claimed.rows() == 0) {
                return handed;
            }
            for (Outgoing message : claimed.toSend()) {
                SendResult result = send(message);
                QuarkusTransaction.requiringNew().run(() -> record(message.id(), result));
                handed++;
            }
        }
    }

    private SendResult send(Outgoing message) {
        try {
            return adapters.of(message.channel()).send(message);
        } catch (RuntimeException e) {
            Log.warnf(e, "provider of %s failed on notification %s", message.channel(), message.id());
            return new SendResult.Unknown(e.getMessage());
        }
    }

    /**
     * What one claim took: every due row it decided on, and those to hand to a provider. A batch that only
     * deferred or ended messages is no reason to stop: due messages behind it must still go out in this run.
     */
    private record Claim(int rows, List<Outgoing> toSend) {
    }

    @SuppressWarnings("unchecked")
    private Claim claim() {
        Instant now = time.now();
        List<Object> ids = Panache.getEntityManager().createNativeQuery("SELECT id FROM notifications "
                + "WHERE status IN ('QUEUED', 'DEFERRED') AND not_before <= ?1 ORDER BY not_before, id LIMIT ?2 "
                + "FOR UPDATE SKIP LOCKED").setParameter(1, now).setParameter(2, config.batchSize()).getResultList();
        Map<String, TopicRule> topics = new HashMap<>();
        List<Outgoing> out = new ArrayList<>();
        for (Object raw : ids) {
            Notification n = Notification.findById(NotificationIntake.uuid(raw));
            TopicRule rule = topics.computeIfAbsent(n.topic, TopicRule::byTopic);
            Decision decision = rules.decide(n, rule, now);
            switch (decision.status()) {
                case SENDING -> out.add(startSending(n, decision.choice(), now));
                // never due again within this run, or the run would claim it forever
                case DEFERRED -> n.defer(decision.reason(), decision.until().isAfter(now) ? decision.until()
                        : now.plusSeconds(1));
                default -> n.end(decision.status(), decision.reason(), now);
            }
        }
        return new Claim(ids.size(), out);
    }

    private Outgoing startSending(Notification n, SendRules.Choice choice, Instant now) {
        Map<String, Object> data = data(n);
        n.status = NotificationStatus.SENDING;
        n.reason = null;
        n.channel = choice.channel();
        n.address = choice.identity().address;
        n.templateVersion = choice.template().templateVersion;
        n.providerTemplateId = choice.template().providerTemplateId;
        n.body = placeholders.render(choice.template().body, data);
        n.attempts++;
        n.sendingSince = now;
        if (choice.identity().credits != null) {
            // a WeChat one-time authorisation is used up by the attempt, whatever the answer
            choice.identity().credits--;
        }
        return outgoing(n, placeholders.render(choice.template().subject, data));
    }

    private Outgoing outgoing(Notification n, String subject) {
        return new Outgoing(n.id, n.topic, n.channel, n.address, subject, n.body, n.providerTemplateId, n.payload);
    }

    private Map<String, Object> data(Notification n) {
        Map<String, Object> data = new HashMap<>();
        try {
            data.putAll(mapper.readValue(n.payload, new TypeReference<Map<String, Object>>() {
            }));
        } catch (Exception e) {
            Log.warnf("notification %s: payload is not a JSON object", n.id);
        }
        ContactView contact = contacts.system(n.contactId);
        data.put(Placeholders.CONTACT_NAME, contact == null ? "" : contact.name());
        return data;
    }

    private void record(UUID id, SendResult result) {
        RowLocks.lock("notifications", id);
        Notification n = Notification.findById(id);
        if (n.status != NotificationStatus.SENDING) {
            return;
        }
        Instant now = time.now();
        if (result instanceof SendResult.Accepted a) {
            sent(n, a.providerMessageId(), now);
        } else if (result instanceof SendResult.Rejected r) {
            rejected(n, r, now);
        } else {
            n.reason = "UNCONFIRMED";
        }
    }

    private static void sent(Notification n, String providerMessageId, Instant now) {
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
        if (r.problem() != null && fallbackLeft(n)) {
            n.status = NotificationStatus.QUEUED;
            n.reason = "FALLBACK_AFTER:" + r.code();
            n.notBefore = now;
        } else if (!r.permanent() && n.attempts < config.maxAttempts()) {
            retryLater(n, "RETRY_AFTER:" + r.code(), now);
        } else {
            n.end(NotificationStatus.FAILED, r.code(), now);
        }
    }

    private boolean fallbackLeft(Notification n) {
        Panache.getEntityManager().flush();
        return rules.choose(n, TopicRule.byTopic(n.topic), ContactProfile.findById(n.contactId)) != null;
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

    /** Exponential backoff: 1, 2, 4... minutes after each failed attempt. */
    private void retryLater(Notification n, String why, Instant now) {
        n.status = NotificationStatus.QUEUED;
        n.reason = why;
        n.notBefore = now.plus(config.retryBackoff().multipliedBy(1L << Math.min(n.attempts - 1, 10)));
    }

    /**
     * Messages left SENDING past the lease (a time-out, or a sender that died): ask the provider whether
     * it has them before anything is sent again.
     */
    @SuppressWarnings("unchecked")
    void recoverUnconfirmed() {
        Instant staleBefore = time.now().minus(config.sendingLease());
        List<Object> ids = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createNativeQuery("SELECT id FROM notifications WHERE status = 'SENDING' AND sending_since < ?1 "
                        + "ORDER BY sending_since LIMIT ?2").setParameter(1, staleBefore)
                .setParameter(2, config.batchSize()).getResultList());
        for (Object raw : ids) {
            UUID id = NotificationIntake.uuid(raw);
            try {
                QuarkusTransaction.requiringNew().run(() -> recover(id, staleBefore));
            } catch (RuntimeException e) {
                Log.warnf(e, "could not confirm notification %s with its provider; asked again later", id);
            }
        }
    }

    private void recover(UUID id, Instant staleBefore) {
        RowLocks.lock("notifications", id);
        Notification n = Notification.findById(id);
        if (n.status != NotificationStatus.SENDING || !n.sendingSince.isBefore(staleBefore)) {
            return;
        }
        Optional<String> taken = adapters.of(n.channel).lookup(outgoing(n, null));
        Instant now = time.now();
        if (taken.isPresent()) {
            sent(n, taken.get(), now);
        } else if (n.attempts < config.maxAttempts()) {
            n.sendingSince = null;
            retryLater(n, "NOT_RECEIVED_BY_PROVIDER", now);
        } else {
            n.end(NotificationStatus.FAILED, "NOT_RECEIVED_BY_PROVIDER", now);
        }
    }
}
