package io.fieldback.followup.internal;

import io.fieldback.followup.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.ETags;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;

/** The product-line training of call-centre agents, which the queue uses to route calls. */
@ApplicationScoped
public class AgentService {

    /** The profile after a PUT, and whether the PUT created it. */
    public record Written(AgentView agent, boolean created) {
    }

    /** Creates the profile, or replaces it (If-Match); repeating what is stored changes nothing. */
    @Transactional
    public Written put(String agentId, AgentRequest request, String ifMatch) {
        AgentProfile profile = AgentProfile.byAgent(agentId);
        if (profile != null) {
            if (request.sameAs(profile)) {
                return new Written(AgentView.of(profile), false);
            }
            ETags.require(ifMatch, profile.version);
            profile.name = request.name();
            profile.productLines.clear();
            profile.productLines.addAll(request.productLines());
            AgentProfile.flush();
            return new Written(AgentView.of(profile), false);
        }
        profile = new AgentProfile();
        profile.agentId = agentId;
        profile.name = request.name();
        profile.productLines.addAll(request.productLines());
        profile.persistAndFlush();
        return new Written(AgentView.of(profile), true);
    }

    @Transactional
    public AgentView get(String agentId) {
        AgentProfile profile = AgentProfile.byAgent(agentId);
        if (profile == null) {
            throw ApiException.notFound("agent profile " + agentId);
        }
        return AgentView.of(profile);
    }

    @Transactional
    public Page<AgentView> list(String productLine, PageParams paging) {
        return Keyset.page(AgentProfile.class, new Filter().clause(":p member of e.productLines", productLine), paging,
                AgentView::of);
    }
}
