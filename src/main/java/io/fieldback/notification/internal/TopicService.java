package io.fieldback.notification.internal;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.ETags;
import io.fieldback.notification.Channel;
import io.fieldback.notification.TemplateView;
import io.fieldback.notification.TopicView;
import io.fieldback.notification.internal.TopicRequests.TemplateRequest;
import io.fieldback.notification.internal.TopicRequests.TopicRequest;

/** Topics (which events become messages, under which rules) and their versioned templates. */
@ApplicationScoped
public class TopicService {

    /** Channels whose provider only sends texts it approved beforehand. */
    private static final List<Channel> APPROVED_TEMPLATES = List.of(Channel.SMS, Channel.WECHAT);

    private final Placeholders placeholders;

    TopicService(Placeholders placeholders) {
        this.placeholders = placeholders;
    }

    @Transactional
    public TopicView put(String topic, TopicRequest request, String ifMatch) {
        check(topic, request);
        TopicRule rule = TopicRule.byTopic(topic);
        if (rule == null) {
            rule = new TopicRule();
            rule.topic = topic;
        } else {
            ETags.require(ifMatch, rule.version);
        }
        rule.fields = join(request.fields());
        rule.channels = String.join(",", request.channels().stream().distinct().map(Enum::name).toList());
        rule.urgent = request.urgent();
        rule.courtesy = request.courtesy();
        rule.expiresAfter = request.expiresAfter() == null ? null : request.expiresAfter().toString();
        rule.subjectField = request.subjectField();
        rule.expiredBy = join(request.expiredBy());
        rule.oncePerSubject = request.once();
        rule.persistAndFlush();
        return rule.view();
    }

    private static void check(String topic, TopicRequest request) {
        if (!topic.matches(TopicRequests.TOPIC_PATTERN)) {
            throw ApiException.badRequest("topic", "lower-case letters, digits, '.', '_' or '-', at most 64");
        }
        if (request.expiredBy() != null && !request.expiredBy().isEmpty() && request.subjectField() == null) {
            throw ApiException.badRequest("subjectField", "needed with expiredBy: it says which events are about the same thing");
        }
        if (request.once() && request.subjectField() == null) {
            throw ApiException.badRequest("subjectField", "needed with oncePerSubject: it names the subject told once");
        }
        if (request.expiresAfter() != null && (request.expiresAfter().isNegative() || request.expiresAfter().isZero())) {
            throw ApiException.badRequest("expiresAfter", "must be a positive duration");
        }
    }

    @Transactional
    public List<TopicView> list() {
        return TopicRule.<TopicRule>listAll().stream().sorted((a, b) -> a.topic.compareTo(b.topic))
                .map(TopicRule::view).toList();
    }

    @Transactional
    public TopicView get(String topic) {
        return rule(topic).view();
    }

    /** A new version of the text for the topic, channel and locale; earlier versions stay as they were. */
    @Transactional
    public TemplateView createTemplate(TemplateRequest request) {
        TopicRule rule = TopicRule.byTopic(request.topic());
        if (rule == null) {
            throw ApiException.badRequest("topic", "no notification topic " + request.topic() + "; PUT it first");
        }
        if (APPROVED_TEMPLATES.contains(request.channel()) && request.providerTemplateId() == null) {
            throw ApiException.badRequest("providerTemplateId", request.channel() + " sends only provider-approved templates: name it");
        }
        placeholders.check("body", request.body(), rule.fieldList());
        if (request.subject() != null) {
            placeholders.check("subject", request.subject(), rule.fieldList());
        }
        MessageTemplate previous = MessageTemplate.latest(request.topic(), request.channel(), request.locale());
        MessageTemplate template = new MessageTemplate();
        template.topic = request.topic();
        template.channel = request.channel();
        template.locale = request.locale();
        template.templateVersion = previous == null ? 1 : previous.templateVersion + 1;
        template.subject = request.subject();
        template.body = request.body();
        template.providerTemplateId = request.providerTemplateId();
        template.persistAndFlush();
        return template.view();
    }

    @Transactional
    public List<TemplateView> templates(String topic) {
        rule(topic);
        return MessageTemplate.<MessageTemplate>list("topic = ?1 order by channel, locale, templateVersion", topic)
                .stream().map(MessageTemplate::view).toList();
    }

    @Transactional
    public TemplateView template(java.util.UUID id) {
        MessageTemplate template = MessageTemplate.findById(id);
        if (template == null) {
            throw ApiException.notFound("notification template " + id);
        }
        return template.view();
    }

    private static TopicRule rule(String topic) {
        TopicRule rule = TopicRule.byTopic(topic);
        if (rule == null) {
            throw ApiException.notFound("notification topic " + topic);
        }
        return rule;
    }

    private static String join(List<String> values) {
        return values == null ? "" : String.join(",", values.stream().distinct().toList());
    }
}
