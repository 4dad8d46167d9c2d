package io.fieldback.notification.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.followup.FollowUpService;
import io.fieldback.notification.Channel;
import io.fieldback.notification.NotificationStatus;

/**
 * Decides, at the moment a message is to be sent, what happens to it: the facts (opt-outs, identities,
 * the follow-up calls, the hour in the contact's zone) are read then, not when it was queued.
 */
@ApplicationScoped
public class SendRules {

    /** What to do with a pending message now. */
    record Decision(NotificationStatus status, String reason, Instant until, Choice choice) {

        static Decision end(NotificationStatus status, String reason) {
            return new Decision(status, reason, null, null);
        }
    }

    /** The channel, identity and template a message goes out with. */
    record Choice(Channel channel, Identity identity, MessageTemplate template) {
    }

    private final NotificationConfig config;
    private final FollowUpService followUps;

    SendRules(NotificationConfig config, FollowUpService followUps) {
        this.config = config;
        this.followUps = followUps;
    }

    /** The start of the frequency cap's window at {@code now} (BatchFacts reads the sends since). */
    Instant capSince(Instant now) {
        return now.minus(config.frequencyCap().window());
    }

    Decision decide(Notification n, BatchFacts facts, Instant now) {
        TopicRule rule = facts.rule(n.topic);
        if (rule == null) {
            return Decision.end(NotificationStatus.SUPPRESSED, "TOPIC_REMOVED");
        }
        if (n.expiresAt != null && now.isAfter(n.expiresAt)) {
            return Decision.end(NotificationStatus.EXPIRED, "TOO_LATE");
        }
        String over = subjectOver(n, rule);
        if (over != null) {
            return Decision.end(NotificationStatus.EXPIRED, "SUBJECT_OVER:" + over);
        }
        if (rule.courtesy && followUps.callDueBy(n.customerId, now.plus(config.courtesyQuietBeforeCall()))) {
            return Decision.end(NotificationStatus.SUPPRESSED, "FOLLOW_UP_CALL_AHEAD");
        }
        Choice choice = choose(n, facts);
        if (choice == null) {
            return Decision.end(NotificationStatus.SUPPRESSED, anyOptOut(n, rule, facts) ? "OPTED_OUT" : "NO_CHANNEL");
        }
        Decision deferral = rule.urgent ? null : deferral(n, facts, now);
        return deferral != null ? deferral : new Decision(NotificationStatus.SENDING, null, null, choice);
    }

    /** Quiet hours in the contact's zone, then the frequency cap; urgent topics skip both. */
    private Decision deferral(Notification n, BatchFacts facts, Instant now) {
        Instant quietEnd = quietEnd(now, zone(facts.profile(n.contactId)));
        if (quietEnd != null) {
            return new Decision(NotificationStatus.DEFERRED, "QUIET_HOURS", quietEnd, null);
        }
        Instant capEnd = capEnd(facts.recentSends(n.contactId));
        return capEnd == null ? null : new Decision(NotificationStatus.DEFERRED, "FREQUENCY_CAP", capEnd, null);
    }

    /** The first channel of the topic's fallback order the contact can be reached on, or null. */
    Choice choose(Notification n, BatchFacts facts) {
        TopicRule rule = facts.rule(n.topic);
        ContactProfile profile = facts.profile(n.contactId);
        String locale = profile != null && profile.locale != null ? profile.locale : config.defaultLocale();
        for (Channel channel : rule == null ? List.<Channel>of() : rule.channelList()) {
            if (facts.optedOut(n.contactId, channel, n.topic)) {
                continue;
            }
            if (channel == Channel.SMS && profile != null && profile.badNumberAt != null) {
                continue;
            }
            Identity identity = facts.usable(n.contactId, channel);
            MessageTemplate template = template(facts, n.topic, channel, locale);
            if (identity != null && template != null) {
                return new Choice(channel, identity, template);
            }
        }
        return null;
    }

    private MessageTemplate template(BatchFacts facts, String topic, Channel channel, String locale) {
        MessageTemplate own = facts.template(topic, channel, locale);
        return own != null ? own : facts.template(topic, channel, config.defaultLocale());
    }

    private static boolean anyOptOut(Notification n, TopicRule rule, BatchFacts facts) {
        return rule.channelList().stream().anyMatch(c -> facts.optedOut(n.contactId, c, n.topic));
    }

    /** The topic of an event that ended the message's subject (seen before or after it was queued), or null. */
    private static String subjectOver(Notification n, TopicRule rule) {
        List<String> enders = rule.expiredByList();
        if (n.subjectId == null || enders.isEmpty()) {
            return null;
        }
        Object topic = io.quarkus.hibernate.orm.panache.Panache.getEntityManager().createNativeQuery(
                "SELECT topic FROM notification_subjects_over WHERE subject_id = ?1 AND topic IN (?2) UNION ALL "
                // events read before the intake kept outbox receipts
                + "SELECT topic FROM notification_events_seen WHERE subject_id = ?1 AND topic IN (?2) LIMIT 1")
                .setParameter(1, n.subjectId).setParameter(2, enders).getResultStream().findFirst().orElse(null);
        return topic == null ? null : topic.toString();
    }

    private ZoneId zone(ContactProfile profile) {
        return profile != null && profile.timeZone != null ? ZoneId.of(profile.timeZone) : config.defaultTimeZone();
    }

    /** When the quiet hours around {@code now} end in the zone, or null when it is not quiet now. */
    Instant quietEnd(Instant now, ZoneId zone) {
        LocalTime start = config.quietHours().start();
        LocalTime end = config.quietHours().end();
        ZonedDateTime local = now.atZone(zone);
        LocalTime t = local.toLocalTime();
        boolean overnight = start.isAfter(end);
        boolean quiet = overnight ? !t.isBefore(start) || t.isBefore(end) : !t.isBefore(start) && t.isBefore(end);
        if (!quiet) {
            return null;
        }
        ZonedDateTime endToday = local.with(end);
        return (endToday.isAfter(local) ? endToday : endToday.plusDays(1)).toInstant();
    }

    /**
     * When the contact may get another non-urgent message, or null when under the cap. Messages being sent
     * count too (the others of the same batch going out, BatchFacts.sending).
     */
    private Instant capEnd(List<Instant> sends) {
        List<Instant> recent = sends.stream().sorted().toList();
        int max = config.frequencyCap().max();
        return recent.size() < max ? null : recent.get(recent.size() - max).plus(config.frequencyCap().window());
    }
}
