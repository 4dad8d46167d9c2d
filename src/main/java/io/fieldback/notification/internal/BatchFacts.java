package io.fieldback.notification.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.fieldback.notification.Channel;
import io.fieldback.notification.NotificationStatus;
import io.quarkus.hibernate.orm.panache.Panache;

/**
 * The facts the send rules read for a batch of messages, each kind in one query for all the batch's contacts
 * (profiles, preferences, identities, recent sends), instead of several queries per message. Read inside the
 * claim's transaction, so they are as fresh as the per-message reads were. Topics and templates are few:
 * read once per batch on first use.
 */
final class BatchFacts {

    private final Map<UUID, ContactProfile> profiles;
    private final Map<String, Boolean> preferences;
    private final Map<UUID, List<Identity>> identities;
    private final Map<UUID, List<Instant>> recentSends;
    private final Map<String, Optional<TopicRule>> topics = new HashMap<>();
    private final Map<String, Optional<MessageTemplate>> templates = new HashMap<>();

    private BatchFacts(Collection<UUID> contacts, Collection<UUID> batch, Instant capSince) {
        profiles = ContactProfile.<ContactProfile>list("id in ?1", contacts).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        preferences = new HashMap<>();
        Preference.<Preference>list("contactId in ?1", contacts)
                .forEach(p -> preferences.put(key(p.contactId, p.channel, p.topic), p.optedOut));
        identities = Identity.<Identity>list("contactId in ?1 and active = true order by id desc", contacts).stream()
                .collect(Collectors.groupingBy(i -> i.contactId));
        recentSends = recentSends(contacts, batch, capSince);
    }

    /** The facts for {@code batch}; {@code capSince}: the start of the frequency cap's window. */
    static BatchFacts of(Collection<Notification> batch, Instant capSince) {
        Set<UUID> contacts = batch.stream().map(n -> n.contactId).collect(Collectors.toSet());
        List<UUID> ids = batch.stream().map(n -> n.id).toList();
        return new BatchFacts(contacts, ids, capSince);
    }

    TopicRule rule(String topic) {
        return topics.computeIfAbsent(topic, t -> Optional.ofNullable(TopicRule.byTopic(t))).orElse(null);
    }

    MessageTemplate template(String topic, Channel channel, String locale) {
        return templates.computeIfAbsent(topic + '|' + channel + '|' + locale,
                k -> Optional.ofNullable(MessageTemplate.latest(topic, channel, locale))).orElse(null);
    }

    ContactProfile profile(UUID contactId) {
        return profiles.get(contactId);
    }

    /** A topic's own preference wins over the channel-wide one (as Preference.optedOut). */
    boolean optedOut(UUID contactId, Channel channel, String topic) {
        Boolean own = preferences.get(key(contactId, channel, topic));
        return own != null ? own : preferences.getOrDefault(key(contactId, channel, Preference.EVERY_TOPIC), false);
    }

    /** The newest active identity of a channel that can take a message now (WeChat: a credit left). */
    Identity usable(UUID contactId, Channel channel) {
        return identities.getOrDefault(contactId, List.of()).stream()
                .filter(i -> i.channel == channel && (i.credits == null || i.credits > 0)).findFirst().orElse(null);
    }

    /** When the contact's other messages within the cap's window were sent (or started sending). */
    List<Instant> recentSends(UUID contactId) {
        return recentSends.getOrDefault(contactId, List.of());
    }

    /** A message of the batch goes out: it counts against its contact's cap for the rest of the batch. */
    void sending(UUID contactId, Instant at) {
        recentSends.computeIfAbsent(contactId, c -> new ArrayList<>()).add(at);
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, List<Instant>> recentSends(Collection<UUID> contacts, Collection<UUID> batch,
            Instant since) {
        List<Object[]> rows = Panache.getEntityManager().createQuery("select n.contactId, coalesce(n.sentAt, "
                + "n.sendingSince) from Notification n where n.contactId in ?1 and n.id not in ?2 and (n.sentAt > ?3 "
                + "or (n.status = ?4 and n.sendingSince > ?3))").setParameter(1, contacts).setParameter(2, batch)
                .setParameter(3, since).setParameter(4, NotificationStatus.SENDING).getResultList();
        Map<UUID, List<Instant>> byContact = new HashMap<>();
        for (Object[] row : rows) {
            byContact.computeIfAbsent((UUID) row[0], c -> new ArrayList<>()).add((Instant) row[1]);
        }
        return byContact;
    }

    private static String key(UUID contactId, Channel channel, String topic) {
        return contactId + "|" + channel + "|" + topic;
    }
}
