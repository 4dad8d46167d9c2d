package io.fieldback.notification.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fieldback.notification.Channel;

/**
 * App push through FCM HTTP v1 ({@code POST /v1/projects/{project}/messages:send}). An UNREGISTERED (or
 * INVALID_ARGUMENT on the token) answer drops the token. FCM cannot be asked afterwards whether it took a
 * message, so after a time-out a push counts as sent: a push is never sent twice, at the price of one lost.
 */
@ApplicationScoped
public class FcmPush implements ChannelAdapter {

    private final NotificationConfig.Fcm config;
    private final ObjectMapper mapper;
    private final HttpClient http;

    FcmPush(NotificationConfig config, ObjectMapper mapper) {
        this.config = config.fcm();
        this.mapper = mapper;
        this.http = HttpClient.newBuilder().connectTimeout(this.config.timeout()).build();
    }

    @Override
    public Channel channel() {
        return Channel.PUSH;
    }

    @Override
    public boolean enabled() {
        return config.enabled();
    }

    @Override
    public SendResult send(Outgoing message) {
        try {
            Map<String, Object> body = Map.of("message", Map.of("token", message.address(),
                    "notification", Map.of("title", message.subject() == null ? "" : message.subject(), "body", message.body()),
                    "data", Map.of("notificationId", message.id().toString(), "topic", message.topic())));
            HttpRequest request = HttpRequest.newBuilder(URI.create(config.endpoint() + "/v1/projects/"
                    + config.projectId().orElse("") + "/messages:send")).timeout(config.timeout())
                    .header("Authorization", "Bearer " + config.accessToken().orElse(""))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode answer = mapper.readTree(response.body().isBlank() ? "{}" : response.body());
            if (response.statusCode() == 200) {
                return new SendResult.Accepted(answer.path("name").asText());
            }
            return rejected(response.statusCode(), answer);
        } catch (Exception e) {
            return new SendResult.Unknown(e.getClass().getSimpleName());
        }
    }

    private static SendResult rejected(int status, JsonNode answer) {
        String code = answer.path("error").path("status").asText("HTTP_" + status);
        for (JsonNode detail : answer.path("error").path("details")) {
            if (detail.hasNonNull("errorCode")) {
                code = detail.path("errorCode").asText();
            }
        }
        if ("UNREGISTERED".equals(code)) {
            return new SendResult.Rejected(code, true, SendResult.AddressProblem.UNREGISTERED);
        }
        boolean transientError = status == 429 || status >= 500;
        return new SendResult.Rejected(code, !transientError, null);
    }

    @Override
    public Optional<String> lookup(Outgoing message) {
        return Optional.of("unconfirmed");
    }
}
