package io.fieldback.notification.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fieldback.common.DomainEvent;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.TimeSource;
import io.fieldback.customer.ContactService;
import io.fieldback.customer.ContactView;
import io.fieldback.notification.NotificationStatus;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Turns domain events into notifications: one per event and contact of the event's customer (or the one
 * contact the payload names; or one per subject for a topic told once). A reader of the outbox with receipts
 * (DomainEvents.consume(reader, topic, ...)): follow-up and others consume the same topics, each event once per
 * reader; the receipt commits with the messages it made.
 */
@ApplicationScoped
public class NotificationIntake {

    /** This reader's name in the outbox receipts. */
    static final String READER = "notifications";

    private final DomainEvents events;
    private final ObjectMapper mapper;
    private final ContactService contacts;
    private final TimeSource time;
    private final NotificationConfig config;

    NotificationIntake(DomainEvents events, ObjectMapper mapper, ContactService contacts, TimeSource time,
            NotificationConfig config) {
        this.events = events;
        this.mapper = mapper;
        this.contacts = contacts;
        this.time = time;
        this.config = config;
    }

    /**
     * Reads every event of a watched topic not yet received, as one reader of the outbox among others
     * (DomainEvents' receipts: each event once per reader, whatever other features consume); returns how many
     * notifications were created.
     */
    public int run() {
        Set<String> watched = QuarkusTransaction.requiringNew().call(() -> Rules.load().watched());
        AtomicInteger created = new AtomicInteger();
        for (String topic : watched) {
            events.consumeBatches(READER, topic, config.eventLookback(), batch -> {
                int[] made = handle(batch);
                created.addAndGet(made[0]);
                return made[1];
            });
        }
        return created.get();
    }

    /**
     * A claimed batch of one topic, in order; what every event needs (the rules, which events the old reader saw,
     * the customers' contacts) is read once for the batch. Returns the notifications made and how many events
     * made any.
     */
    private int[] handle(List<DomainEvent> batch) {
        Rules rules = Rules.load();
        Set<UUID> seen = seenByTheOldReader(batch);
        List<JsonNode> payloads = batch.stream().map(e -> read(e.payload)).toList();
        Map<UUID, List<ContactView>> reach = contactsOf(rules, batch, payloads);
        int[] made = new int[2];
        for (int i = 0; i < batch.size(); i++) {
            int n = seen.contains(batch.get(i).id) ? 0 : handle(batch.get(i), rules, payloads.get(i), reach);
            made[0] += n;
            made[1] += n > 0 ? 1 : 0;
        }
        return made;
    }

    private int handle(DomainEvent event, Rules rules, JsonNode payload, Map<UUID, List<ContactView>> reach) {
        TopicRule own = rules.byTopic().get(event.topic);
        if (!rules.expiredBy(event.topic).isEmpty()) {
            subjectOver(event, rules.subjectOf(event.topic, payload));
        }
        expireEndedSubjects(rules, event.topic, payload);
        return own == null ? 0 : create(event, own, payload, reach);
    }

    /** The active contacts of the customers the batch's events tell (one query; none when the topic tells nobody). */
    private Map<UUID, List<ContactView>> contactsOf(Rules rules, List<DomainEvent> batch, List<JsonNode> payloads) {
        Set<UUID> customers = new java.util.HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            UUID customerId = uuid(payloads.get(i).path("customerId").asText(null));
            if (customerId != null && rules.byTopic().containsKey(batch.get(i).topic)) {
                customers.add(customerId);
            }
        }
        return contacts.activeContacts(customers);
    }

    private int create(DomainEvent event, TopicRule rule, JsonNode payload, Map<UUID, List<ContactView>> reach) {
        UUID customerId = uuid(payload.path("customerId").asText(null));
        if (customerId == null) {
            Log.warnf("%s event %s has no customerId: no message", event.topic, event.id);
            return 0;
        }
        String subject = rule.subjectField == null ? null : payload.path(rule.subjectField).asText(null);
        if (rule.oncePerSubject && subject != null) {
            List<ContactView> active = reach.getOrDefault(customerId, List.of());
            ContactView target = active.isEmpty() ? null : active.get(0);
            String key = onceKey(rule.topic, subject);
            if (target == null || Notification.count("eventKey", key) > 0) {
                return 0;
            }
            persist(event, rule, customerId, target.id(), subject, key);
            return 1;
        }
        UUID onlyContact = uuid(payload.path("contactId").asText(null));
        int created = 0;
        for (ContactView contact : reach.getOrDefault(customerId, List.of())) {
            if (onlyContact == null || onlyContact.equals(contact.id())) {
                persist(event, rule, customerId, contact.id(), subject, event.id + ":" + contact.id());
                created++;
            }
        }
        return created;
    }

    /** The event key of a topic told once per subject: the same for every event naming the subject (unique). */
    static String onceKey(String topic, String subject) {
        return "s:" + UUID.nameUUIDFromBytes((topic + "\n" + subject).getBytes(StandardCharsets.UTF_8));
    }

    private void persist(DomainEvent event, TopicRule rule, UUID customerId, UUID contactId, String subject,
            String key) {
        Instant now = time.now();
        Duration expiry = rule.expiry();
        Notification n = new Notification();
        n.eventKey = key;
        n.eventId = event.id;
        n.topic = event.topic;
        n.customerId = customerId;
        n.contactId = contactId;
        n.subjectId = subject;
        n.payload = event.payload;
        n.status = NotificationStatus.QUEUED;
        n.notBefore = now;
        n.expiresAt = expiry == null ? null : now.plus(expiry);
        n.persist();
    }

    /** Pending messages about the same subject as this event, of topics this event makes pointless. */
    private void expireEndedSubjects(Rules rules, String topic, JsonNode payload) {
        for (TopicRule rule : rules.expiredBy(topic)) {
            String subject = payload.path(rule.subjectField).asText(null);
            if (subject == null) {
                continue;
            }
            Notification.update("status = ?1, reason = ?2, finishedAt = ?3, version = version + 1 "
                    + "where topic = ?4 and subjectId = ?5 and status in ?6", NotificationStatus.EXPIRED,
                    "SUBJECT_OVER:" + topic, time.now(), rule.topic, subject,
                    List.of(NotificationStatus.QUEUED, NotificationStatus.DEFERRED));
        }
    }

    /** The subject this event ends, for the send rules (SendRules.subjectOver), before or after its messages were queued. */
    private void subjectOver(DomainEvent event, String subject) {
        if (subject == null) {
            return;
        }
        Panache.getEntityManager().createNativeQuery("INSERT IGNORE INTO notification_subjects_over (event_id, "
                + "topic, subject_id, seen_at) VALUES (?1, ?2, ?3, ?4)").setParameter(1, event.id)
                .setParameter(2, event.topic).setParameter(3, subject).setParameter(4, time.now()).executeUpdate();
    }

    /** Read before this reader kept receipts (notification_events_seen, no longer written): never again. */
    @SuppressWarnings("unchecked")
    private static Set<UUID> seenByTheOldReader(List<DomainEvent> batch) {
        return ((List<Object>) Panache.getEntityManager().createNativeQuery("SELECT event_id FROM "
                + "notification_events_seen WHERE event_id IN (?1)")
                .setParameter(1, batch.stream().map(e -> e.id).toList()).getResultList()).stream()
                .map(NotificationIntake::uuid).collect(java.util.stream.Collectors.toSet());
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            return mapper.createObjectNode();
        }
    }

    static UUID uuid(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof UUID u) {
            return u;
        }
        if (value instanceof byte[] b) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(b);
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        try {
            return UUID.fromString(value.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The topic rules of one run, indexed. */
    record Rules(Map<String, TopicRule> byTopic) {

        static Rules load() {
            Map<String, TopicRule> map = new java.util.HashMap<>();
            TopicRule.<TopicRule>listAll().forEach(r -> map.put(r.topic, r));
            return new Rules(map);
        }

        Set<String> watched() {
            Set<String> topics = new LinkedHashSet<>(byTopic.keySet());
            byTopic.values().forEach(r -> topics.addAll(r.expiredByList()));
            return topics;
        }

        List<TopicRule> expiredBy(String topic) {
            return byTopic.values().stream().filter(r -> r.expiredByList().contains(topic)).toList();
        }

        /** What the event is about, by the subject field of its own topic or of a topic it ends. */
        String subjectOf(String topic, JsonNode payload) {
            List<TopicRule> candidates = new ArrayList<>();
            if (byTopic.containsKey(topic)) {
                candidates.add(byTopic.get(topic));
            }
            candidates.addAll(expiredBy(topic));
            return candidates.stream().filter(r -> r.subjectField != null)
                    .map(r -> payload.path(r.subjectField).asText(null)).filter(s -> s != null).findFirst()
                    .orElse(null);
        }
    }
}
