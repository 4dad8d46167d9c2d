package io.fieldback.notification.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fieldback.common.ApiException;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.TimeSource;
import io.fieldback.customer.ContactService;
import io.fieldback.customer.ContactView;
import io.fieldback.customer.CustomerService;
import io.fieldback.customer.CustomerView;
import io.fieldback.notification.NotificationCampaignView;
import io.fieldback.notification.NotificationCampaignView.Segment;
import io.fieldback.notification.NotificationStatus;

/**
 * Greetings to a segment: one message per customer, to its preferred contact, made at once and spaced evenly
 * over the send window at the rate (a message's not-before), expiring at the window's end. The messages are
 * ordinary notifications, so quiet hours, opt-outs, fallback and never-twice apply to them as to any other.
 */
@ApplicationScoped
public class GreetingService {

    private final CustomerService customers;
    private final ContactService contacts;
    private final TimeSource time;
    private final ObjectMapper mapper;

    GreetingService(CustomerService customers, ContactService contacts, TimeSource time, ObjectMapper mapper) {
        this.customers = customers;
        this.contacts = contacts;
        this.time = time;
        this.mapper = mapper;
    }

    private record Target(UUID customerId, UUID contactId) {
    }

    @Transactional
    public NotificationCampaignView create(GreetingRequest request) {
        checkWindow(request);
        checkTopic(request);
        List<Target> targets = targets(request.segmentOrAll());
        long fits = request.sendUntil().toEpochMilli() - request.sendFrom().toEpochMilli();
        long needs = targets.size() * 60_000L / request.ratePerMinute();
        if (needs >= fits && !targets.isEmpty()) {
            throw ApiException.badRequest("ratePerMinute", targets.size() + " messages at " + request.ratePerMinute()
                    + " a minute do not fit in the send window: widen it or raise the rate");
        }
        GreetingCampaign campaign = campaign(request, targets.size());
        for (int i = 0; i < targets.size(); i++) {
            queue(campaign, targets.get(i), campaign.sendFrom.plusMillis(i * 60_000L / campaign.ratePerMinute));
        }
        return campaign.view(request.values(), byStatus(campaign.id));
    }

    @Transactional
    public NotificationCampaignView get(UUID id) {
        GreetingCampaign campaign = GreetingCampaign.findById(id);
        if (campaign == null) {
            throw ApiException.notFound("notification campaign " + id);
        }
        return campaign.view(values(campaign.payload), byStatus(id));
    }

    private void checkWindow(GreetingRequest request) {
        if (request.sendFrom() == null || request.sendUntil() == null) {
            throw ApiException.badRequest(request.sendFrom() == null ? "sendFrom" : "sendUntil",
                    "a campaign needs a send window: sendFrom and sendUntil");
        }
        if (!request.sendUntil().isAfter(request.sendFrom())) {
            throw ApiException.badRequest("sendUntil", "must be after sendFrom");
        }
        if (!request.sendUntil().isAfter(time.now())) {
            throw ApiException.badRequest("sendUntil", "the send window is over");
        }
    }

    private static void checkTopic(GreetingRequest request) {
        TopicRule rule = TopicRule.byTopic(request.topic());
        if (rule == null) {
            throw ApiException.badRequest("topic", "no notification topic " + request.topic() + "; PUT it first");
        }
        List<String> missing = rule.fieldList().stream().filter(f -> !request.values().containsKey(f)).toList();
        if (!missing.isEmpty()) {
            throw ApiException.badRequest("payload", "the topic's templates need " + String.join(", ", missing));
        }
    }

    /** The segment's customers with an active contact, page by page. */
    private List<Target> targets(Segment s) {
        CustomerService.Criteria criteria = new CustomerService.Criteria(s.relationship(), s.importance(), s.region(),
                s.province(), null, null, null, s.dealerId(), Boolean.TRUE);
        List<Target> targets = new ArrayList<>();
        PageParams paging = new PageParams();
        paging.limit = PageParams.MAX_LIMIT;
        do {
            Page<CustomerView> page = customers.list(criteria, paging);
            for (CustomerView customer : page.items()) {
                ContactView contact = contacts.callTarget(customer.id());
                if (contact != null) {
                    targets.add(new Target(customer.id(), contact.id()));
                }
            }
            paging.cursor = page.nextCursor();
        } while (paging.cursor != null);
        return targets;
    }

    private GreetingCampaign campaign(GreetingRequest request, int messages) {
        GreetingCampaign c = new GreetingCampaign();
        c.name = request.name();
        c.topic = request.topic();
        c.payload = json(request.values());
        Segment s = request.segmentOrAll();
        c.dealerId = s.dealerId();
        c.region = s.region();
        c.province = s.province();
        c.importance = s.importance();
        c.relationship = s.relationship();
        c.sendFrom = request.sendFrom();
        c.sendUntil = request.sendUntil();
        c.ratePerMinute = request.ratePerMinute();
        c.messages = messages;
        c.persist();
        return c;
    }

    private static void queue(GreetingCampaign campaign, Target target, java.time.Instant notBefore) {
        Notification n = new Notification();
        // one greeting per campaign and customer: the unique key stands even if the campaign were made twice over
        n.eventKey = "g:" + campaign.id + ":" + target.customerId();
        n.eventId = campaign.id;
        n.topic = campaign.topic;
        n.customerId = target.customerId();
        n.contactId = target.contactId();
        n.payload = campaign.payload;
        n.status = NotificationStatus.QUEUED;
        n.notBefore = notBefore;
        n.expiresAt = campaign.sendUntil;
        n.persist();
    }

    private static Map<NotificationStatus, Long> byStatus(UUID campaignId) {
        Map<NotificationStatus, Long> counts = new EnumMap<>(NotificationStatus.class);
        List<Object[]> rows = Notification.getEntityManager().createQuery("select n.status, count(n) from "
                + "Notification n where n.eventId = ?1 group by n.status", Object[].class).setParameter(1, campaignId)
                .getResultList();
        rows.forEach(r -> counts.put((NotificationStatus) r[0], (Long) r[1]));
        return counts;
    }

    private String json(Map<String, String> values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> values(String json) {
        try {
            return mapper.readValue(json, new TypeReference<Map<String, String>>() {
            });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
