package io.fieldback.followup;

import io.fieldback.followup.internal.*;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.common.Versioned;

@Schema(name = "AgentProfile")
public record AgentView(UUID id,
        @Schema(description = "the agent's sign-in name (the token's subject)") String agentId,
        String name, List<String> productLines, long version, Instant createdAt, Instant updatedAt)
        implements Versioned {

    public static AgentView of(AgentProfile p) {
        return new AgentView(p.id, p.agentId, p.name, p.productLines.stream().sorted().toList(), p.version,
                p.createdAt, p.updatedAt);
    }
}
