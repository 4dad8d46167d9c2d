package io.fieldback.notification.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;


import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fieldback.common.TimeSource;
import io.fieldback.notification.Channel;

/**
 * SMS through an Aliyun-SendSms-style API: RPC-style query parameters signed with HMAC-SHA1 over the
 * canonical query (Aliyun's "signature version 1.0"). SendSms is not idempotent, so our notification id
 * travels as OutId, and after a time-out QuerySendDetails is asked whether a message with that OutId exists.
 */
@ApplicationScoped
public class AliyunSms implements ChannelAdapter {

    /** Aliyun error codes that mean the number itself is wrong. */
    static final Set<String> BAD_NUMBER = Set.of("isv.MOBILE_NUMBER_ILLEGAL", "isv.MOBILE_COUNT_OVER_LIMIT",
            "MOBILE_NOT_ON_SERVICE", "MOBILE_ACCOUNT_ABNORMAL");
    /** Codes worth a later retry: rate limits and the provider's own trouble. */
    static final Set<String> TRANSIENT = Set.of("isv.BUSINESS_LIMIT_CONTROL", "isp.SYSTEM_ERROR", "Throttling.User",
            "isv.DAY_LIMIT_CONTROL");

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SEND_DATE = DateTimeFormatter.ofPattern("yyyyMMdd")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final NotificationConfig.Sms config;
    private final ObjectMapper mapper;
    private final TimeSource time;
    private final HttpClient http;

    AliyunSms(NotificationConfig config, ObjectMapper mapper, TimeSource time) {
        this.config = config.sms();
        this.mapper = mapper;
        this.time = time;
        this.http = HttpClient.newBuilder().connectTimeout(this.config.timeout()).build();
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean enabled() {
        return config.enabled();
    }

    @Override
    public SendResult send(Outgoing message) {
        Map<String, String> params = new TreeMap<>();
        params.put("Action", "SendSms");
        params.put("PhoneNumbers", message.address());
        params.put("SignName", config.signName());
        params.put("TemplateCode", message.providerTemplateId());
        params.put("TemplateParam", message.payload());
        params.put("OutId", message.id().toString());
        JsonNode answer;
        try {
            answer = call(params);
        } catch (HttpTimeoutException e) {
            return new SendResult.Unknown("time-out");
        } catch (Exception e) {
            return new SendResult.Unknown(e.getClass().getSimpleName());
        }
        String code = answer.path("Code").asText("");
        if ("OK".equals(code)) {
            return new SendResult.Accepted(answer.path("BizId").asText());
        }
        if (BAD_NUMBER.contains(code)) {
            return new SendResult.Rejected(code, true, SendResult.AddressProblem.BAD_NUMBER);
        }
        return new SendResult.Rejected(code.isEmpty() ? "UNREADABLE_ANSWER" : code, !TRANSIENT.contains(code), null);
    }

    @Override
    public Optional<String> lookup(Outgoing message) {
        Map<String, String> params = new TreeMap<>();
        params.put("Action", "QuerySendDetails");
        params.put("PhoneNumber", message.address());
        params.put("SendDate", SEND_DATE.format(time.now()));
        params.put("PageSize", "50");
        params.put("CurrentPage", "1");
        JsonNode answer;
        try {
            answer = call(params);
        } catch (Exception e) {
            throw new IllegalStateException("QuerySendDetails failed: " + e.getMessage(), e);
        }
        if (!"OK".equals(answer.path("Code").asText())) {
            throw new IllegalStateException("QuerySendDetails answered " + answer.path("Code").asText());
        }
        for (JsonNode detail : answer.path("SmsSendDetailDTOs").path("SmsSendDetailDTO")) {
            if (message.id().toString().equals(detail.path("OutId").asText())) {
                return Optional.of(detail.path("BizId").asText("out-" + message.id()));
            }
        }
        return Optional.empty();
    }

    private JsonNode call(Map<String, String> action) throws Exception {
        Map<String, String> params = new TreeMap<>(action);
        params.put("AccessKeyId", config.accessKeyId().orElse(""));
        params.put("Format", "JSON");
        params.put("RegionId", "cn-hangzhou");
        params.put("SignatureMethod", "HMAC-SHA1");
        params.put("SignatureNonce", UUID.randomUUID().toString());
        params.put("SignatureVersion", "1.0");
        params.put("Timestamp", ISO.format(time.now()));
        params.put("Version", "2017-05-25");
        String query = ProviderSigning.canonical(params);
        String signature = ProviderSigning.aliyun("POST", params, config.accessKeySecret().orElse(""));
        String body = query + "&Signature=" + ProviderSigning.encode(signature);
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.endpoint() + "/")).timeout(config.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return mapper.readTree(response.body().isBlank() ? "{}" : response.body());
    }
}
