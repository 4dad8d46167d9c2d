package io.fieldback.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fieldback.common.ApiException;
import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.notification.Channel;
import io.fieldback.notification.NotificationStatus;
import io.quarkus.logging.Log;

/** SMS delivery reports (Aliyun SmsReport shape) and inbound replies (SmsUp shape), after the signature check. */
@ApplicationScoped
public class WebhookService {

    /** Replies that mean "no more messages": the English and the Chinese carriers' conventions. */
    static final Set<String> STOP_WORDS = Set.of("STOP", "UNSUBSCRIBE", "T", "TD", "N", "退订", "取消");

    private final WebhookSignatures signatures;
    private final ObjectMapper mapper;
    private final TimeSource time;

    WebhookService(WebhookSignatures signatures, ObjectMapper mapper, TimeSource time) {
        this.signatures = signatures;
        this.mapper = mapper;
        this.time = time;
    }

    /** Returns how many reports matched a message of ours; unknown ones are logged and skipped. */
    @Transactional
    public int receipts(String timestamp, String signature, String body) {
        signatures.verify(timestamp, signature, body);
        int matched = 0;
        for (JsonNode report : array(body)) {
            if (receipt(report)) {
                matched++;
            }
        }
        return matched;
    }

    private boolean receipt(JsonNode report) {
        UUID id = NotificationIntake.uuid(report.path("out_id").asText(null));
        Notification n = id == null || !RowLocks.lock("notifications", id) ? null : Notification.findById(id);
        if (n == null) {
            Log.warnf("delivery report for an unknown message (out_id %s, biz_id %s): ignored",
                    report.path("out_id").asText(), report.path("biz_id").asText());
            return false;
        }
        if (n.status != NotificationStatus.SENT && n.status != NotificationStatus.SENDING) {
            return true; // a repeated report: the message already has its end
        }
        settle(n, report, time.now());
        if (n.providerMessageId == null) {
            n.providerMessageId = report.path("biz_id").asText(null);
        }
        return true;
    }

    /** A message handed to the provider ends DELIVERED or FAILED (a bad number is flagged on the contact). */
    private static void settle(Notification n, JsonNode report, Instant now) {
        if (report.path("success").asBoolean(false)) {
            n.status = NotificationStatus.DELIVERED;
            n.deliveredAt = now;
            n.finishedAt = now;
            n.reason = null;
            if (n.sentAt == null) {
                n.sentAt = now;
            }
            return;
        }
        String code = report.path("err_code").asText("UNDELIVERED");
        n.end(NotificationStatus.FAILED, code, now);
        if (AliyunSms.BAD_NUMBER.contains(code)) {
            SendOutcomes.flagBadNumber(n, now);
        }
    }

    /** A STOP reply opts every contact with that number out of SMS for every topic. */
    @Transactional
    public int replies(String timestamp, String signature, String body) {
        signatures.verify(timestamp, signature, body);
        int optedOut = 0;
        for (JsonNode reply : array(body)) {
            String content = reply.path("content").asText("").trim().toUpperCase();
            if (!STOP_WORDS.contains(content)) {
                Log.infof("inbound SMS reply without a stop word: kept for nobody");
                continue;
            }
            String phone = reply.path("phone_number").asText("").trim();
            List<String> forms = phone.startsWith("+") ? List.of(phone) : List.of("+" + phone, "+86" + phone);
            for (Identity identity : Identity.<Identity>list("channel = ?1 and address in ?2", Channel.SMS, forms)) {
                ContactChannelService.setPreference(identity.contactId, Channel.SMS, Preference.EVERY_TOPIC, true,
                        "REPLY");
                optedOut++;
            }
        }
        return optedOut;
    }

    private JsonNode array(String body) {
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (Exception e) {
            throw ApiException.badRequest("body", "a JSON array of reports is expected");
        }
        if (node == null || !node.isArray()) {
            throw ApiException.badRequest("body", "a JSON array of reports is expected");
        }
        return node;
    }
}
