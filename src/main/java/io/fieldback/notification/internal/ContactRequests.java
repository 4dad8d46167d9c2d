package io.fieldback.notification.internal;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.notification.Channel;

/** Request bodies of a contact's messaging profile, identities and preferences. */
final class ContactRequests {

    private ContactRequests() {
    }

    @Schema(name = "NotificationContactRequest", example = "{\"timeZone\": \"Asia/Shanghai\", \"locale\": \"zh-CN\"}")
    record ProfileRequest(@Size(max = 64) @Schema(example = "Asia/Shanghai") String timeZone,
            @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*") String locale) {
    }

    @Schema(name = "ChannelIdentityRequest", example = "{\"channel\": \"SMS\", \"address\": \"+8613800138000\"}")
    record IdentityRequest(@NotNull Channel channel,
            @NotNull @Size(min = 1, max = 255) @Schema(description = "SMS: E.164 (+8613800138000); WECHAT: openid; PUSH: device token; EMAIL: address") String address,
            @Min(0) @Schema(description = "WECHAT: one-time subscription messages the user allowed (default 1)") Integer credits,
            @Size(min = 1, max = 128) @Schema(description = "PUSH: the app install; a newer token of the same device replaces the older one") String device) {
    }

    @Schema(name = "NotificationPreferenceRequest", example = "{\"channel\": \"SMS\", \"topic\": \"maintenance.reminder\", \"optedOut\": true}")
    record PreferenceRequest(@NotNull Channel channel,
            @NotNull @Pattern(regexp = "\\*|" + TopicRequests.TOPIC_PATTERN) @Schema(description = "a topic, or * for all") String topic,
            @NotNull Boolean optedOut) {
    }
}
