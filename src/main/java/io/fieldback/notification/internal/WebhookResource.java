package io.fieldback.notification.internal;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
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
            @HeaderParam("X-Signature") String signature, @RequestBody(required = true) String body) {
        return Map.of("code", 0, "msg", "成功", "matched", service.receipts(timestamp, signature, body));
    }

    @POST
    @Path("replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveSmsReplies", summary = "Inbound SMS replies (signed; no bearer token): STOP / 退订 opts the number out of SMS",
            description = "A JSON array of {phone_number, content, send_time}. Same signature rules as the receipts.")
    public Map<String, Object> replies(@HeaderParam("X-Signature-Timestamp") String timestamp,
            @HeaderParam("X-Signature") String signature, @RequestBody(required = true) String body) {
        return Map.of("code", 0, "msg", "成功", "optedOut", service.replies(timestamp, signature, body));
    }
}
