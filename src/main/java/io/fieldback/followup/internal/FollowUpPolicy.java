package io.fieldback.followup.internal;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.customer.Relationship;

/**
 * The settings that decide who is called: the sampling mode and the segments with their own channel.
 * A bean of its own (read from {@link FollowUpConfig}) so that tests can switch them without a restart.
 */
@ApplicationScoped
public class FollowUpPolicy {

    private final FollowUpConfig config;

    public FollowUpPolicy(FollowUpConfig config) {
        this.config = config;
    }

    public boolean samplingEnabled() {
        return config.sampling().enabled();
    }

    public int dailySampleSize() {
        return config.sampling().dailySize();
    }

    public Set<Relationship> excludedRelationships() {
        return config.excludedRelationships().orElse(Set.of());
    }
}
