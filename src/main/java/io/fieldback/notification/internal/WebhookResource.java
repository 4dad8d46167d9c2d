package io.fieldback.notification.internal;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Called by the SMS provider, not by users: no bearer token, a shared-secret signature instead
 * (WebhookSignatures). The answer is the one Aliyun's push expects ({"code":0}).
 */
@Path("/api/v1/notification-webhooks/sms")
@Tag(name = "Notifications")
@PermitAll
class WebhookResource {

    private final WebhookService service;

    WebhookResource(WebhookService service) {
        this.service = service;
    }

    @POST
    @Path("receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveSmsReceipts", summary = "SMS delivery reports from the provider (signed; no bearer token)",
            description = "A JSON array of {out_id, biz_id, success, err_code, report_time}. Unsigned, badly signed, stale or "
                    + "replayed: 401 and nothing changes. A report for an unknown message is accepted and logged.")
    public Map<String, Object> receipts(@HeaderParam("X-Signature-Timestamp") String timestamp,
            @HeaderParam("X-Signature") String signature, @RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                            implementation = SmsReceipt.class))) String body) {
        return Map.of("code", 0, "msg", "成功", "matched", service.receipts(timestamp, signature, body));
    }

    @POST
    @Path("replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveSmsReplies", summary = "Inbound SMS replies (signed; no bearer token): STOP / 退订 opts the number out of SMS",
            description = "A JSON array of {phone_number, content, send_time}. Same signature rules as the receipts.")
    public Map<String, Object> replies(@HeaderParam("X-Signature-Timestamp") String timestamp,
            @HeaderParam("X-Signature") String signature, @RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                            implementation = SmsReply.class))) String body) {
        return Map.of("code", 0, "msg", "成功", "optedOut", service.replies(timestamp, signature, body));
    }

    /** One delivery report in the provider's body; the body is read raw, since its signature is over the bytes. */
    @Schema(name = "SmsReceipt", example = "{\"out_id\": \"01a24b06-97f5-7322-883a-8c6353c60187\", "
            + "\"biz_id\": \"900619746936498440^0\", \"success\": true, \"err_code\": \"DELIVERED\", "
            + "\"report_time\": \"2026-12-06 10:00:00\"}")
    record SmsReceipt(String out_id, String biz_id, boolean success, String err_code, String report_time) {
    }

    /** One inbound reply in the provider's body. */
    @Schema(name = "SmsReply", example = "{\"phone_number\": \"+8613800138000\", \"content\": \"退订\", "
            + "\"send_time\": \"2026-12-06 10:00:00\"}")
    record SmsReply(String phone_number, String content, String send_time) {
    }
}
