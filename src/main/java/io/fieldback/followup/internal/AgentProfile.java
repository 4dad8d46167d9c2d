package io.fieldback.followup.internal;

import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import io.fieldback.common.BaseEntity;

/**
 * What the queue knows about a call-centre agent: the product lines they are trained on. Keyed by
 * the agent's sign-in name (the token's subject), since people are managed by the identity provider.
 */
@Entity
@Table(name = "followup_agents")
public class AgentProfile extends BaseEntity {

    @Column(name = "agent_id", nullable = false, length = 200, unique = true)
    public String agentId;

    @Column(nullable = false, length = 100)
    public String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "followup_agent_product_lines", joinColumns = @JoinColumn(name = "agent_profile_id"))
    @Column(name = "product_line", nullable = false, length = 64)
    public Set<String> productLines = new TreeSet<>();

    static AgentProfile byAgent(String agentId) {
        return find("agentId", agentId).firstResult();
    }
}
