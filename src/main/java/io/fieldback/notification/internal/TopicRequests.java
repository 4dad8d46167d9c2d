package io.fieldback.notification.internal;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.notification.Channel;

/** Request bodies of topics and templates. */
final class TopicRequests {

    static final String TOPIC_PATTERN = "[a-z0-9][a-z0-9._-]{0,63}";
    static final String NAME_PATTERN = "[A-Za-z][A-Za-z0-9_]{0,63}";

    private TopicRequests() {
    }

    @Schema(name = "NotificationTopicRequest", example = "{\"fields\": [\"equipmentId\", \"dueDate\"], \"channels\": [\"SMS\", \"PUSH\"], \"urgent\": false, \"courtesy\": false}")
    record TopicRequest(
            @Size(max = 20) List<@NotNull @Pattern(regexp = NAME_PATTERN) String> fields,
            @NotEmpty @Size(max = 4) List<@NotNull Channel> channels,
            boolean urgent, boolean courtesy,
            @Schema(implementation = String.class, example = "PT2H") Duration expiresAfter,
            @Pattern(regexp = NAME_PATTERN) String subjectField,
            @Size(max = 10) List<@NotNull @Pattern(regexp = TOPIC_PATTERN) String> expiredBy,
            @Schema(description = "one message per subject (needs subjectField), to the customer's preferred contact") Boolean oncePerSubject) {

        boolean once() {
            return Boolean.TRUE.equals(oncePerSubject);
        }
    }

    @Schema(name = "NotificationTemplateRequest", example = "{\"topic\": \"maintenance.reminder\", \"channel\": \"SMS\", \"locale\": \"zh-CN\", \"body\": \"保养提醒：请于{dueDate}前保养\", \"providerTemplateId\": \"SMS_100001\"}")
    record TemplateRequest(
            @NotNull @Pattern(regexp = TOPIC_PATTERN) String topic,
            @NotNull Channel channel,
            @NotNull @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*") String locale,
            @Size(max = 200) String subject,
            @NotNull @Size(min = 1, max = 4000) String body,
            @Size(max = 64) String providerTemplateId) {
    }
}
