package io.fieldback.notification;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "ChannelIdentity", description = "Where a contact is reached on a channel")
public record IdentityView(UUID id, UUID contactId, Channel channel,
        @Schema(description = "E.164 phone (SMS), WeChat openid, push token or e-mail address") String address,
        @Schema(description = "WeChat: one-time subscription messages the user still allows") Integer credits,
        @Schema(description = "PUSH: the app install the token belongs to") String device,
        boolean active,
        @Schema(description = "why it was dropped: the provider's code (UNREGISTERED, SMTP_550...), REPLACED by a newer token of the device, MOVED to another contact") String droppedReason,
        long version, Instant createdAt, Instant updatedAt) implements Versioned {
}
