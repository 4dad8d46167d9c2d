package io.fieldback.notification.internal;

import java.util.UUID;

import io.fieldback.notification.Channel;

/**
 * A message handed to a provider. {@code id} is ours and goes to the provider as its client reference
 * (Aliyun's OutId), so after a time-out the provider can be asked whether it took the message.
 */
public record Outgoing(UUID id, String topic, Channel channel, String address, String subject, String body,
        String providerTemplateId, String payload) {
}
