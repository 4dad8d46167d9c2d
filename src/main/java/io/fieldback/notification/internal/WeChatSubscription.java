package io.fieldback.notification.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fieldback.notification.Channel;

/**
 * WeChat subscription messages ({@code POST /cgi-bin/message/subscribe/send}): one message per one-time
 * authorisation of the user (the identity's credits). errcode 43101 (the user has no authorisation left)
 * and 40003 (unknown openid) drop the identity. No delivery query exists: after a time-out it counts as sent.
 */
@ApplicationScoped
public class WeChatSubscription implements ChannelAdapter {

    private static final Set<Integer> UNREGISTERED = Set.of(43101, 40003);

    private final NotificationConfig.WeChat config;
    private final ObjectMapper mapper;
    private final HttpClient http;

    WeChatSubscription(NotificationConfig config, ObjectMapper mapper) {
        this.config = config.wechat();
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(this.config.timeout()).build();
    }

    @Override
    public Channel channel() {
        return Channel.WECHAT;
    }

    @Override
    public boolean enabled() {
        return config.enabled();
    }

    @Override
    public SendResult send(Outgoing message) {
        try {
            Map<String, Object> data = new HashMap<>();
            data.put("thing1", Map.of("value", message.body()));
            Map<String, Object> body = Map.of("touser", message.address(), "template_id",
                    message.providerTemplateId(), "data", data);
            HttpRequest request = HttpRequest.newBuilder(URI.create(config.endpoint()
                    + "/cgi-bin/message/subscribe/send?access_token=" + config.accessToken().orElse("")))
                    .timeout(config.timeout()).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode answer = mapper.readTree(response.body().isBlank() ? "{}" : response.body());
            int code = answer.path("errcode").asInt(-1);
            if (code == 0) {
                return new SendResult.Accepted(answer.path("msgid").asText());
            }
            if (UNREGISTERED.contains(code)) {
                return new SendResult.Rejected("WECHAT_" + code, true, SendResult.AddressProblem.UNREGISTERED);
            }
            return new SendResult.Rejected("WECHAT_" + code, code != -1 && code != 45009, null);
        } catch (Exception e) {
            return new SendResult.Unknown(e.getClass().getSimpleName());
        }
    }

    @Override
    public Optional<String> lookup(Outgoing message) {
        return Optional.of("unconfirmed");
    }
}
