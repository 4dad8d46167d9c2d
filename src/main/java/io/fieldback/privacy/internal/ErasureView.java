package io.fieldback.privacy.internal;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Erasure", description = "A customer's personal data erased: names and phones replaced by placeholders; "
        + "ids, relationships, answers and counts kept. The customer stays on do-not-call.")
record ErasureView(UUID customerId,
        @Schema(description = "the first erasure; repeating the request changes neither this nor the reason") Instant erasedAt,
        String erasedBy, String reason,
        @Schema(description = "records scrubbed by this request (0 when everything was already erased)") Scrubbed scrubbed) {

    @Schema(name = "ErasureScrubbed")
    public record Scrubbed(int customers, int contacts, int followUps, int complaints, int storedResponses) {
    }
}
