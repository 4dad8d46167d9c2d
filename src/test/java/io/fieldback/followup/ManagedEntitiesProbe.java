package io.fieldback.followup;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.hibernate.engine.spi.SessionImplementor;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * What the transaction's persistence context manages when the calls' figures are told of a change (the insights
 * day marks, a native statement, run then: Hibernate flushes, and dirty-checks, every managed entity before it).
 */
@ApplicationScoped
public class ManagedEntitiesProbe {

    private volatile List<String> lastSeen = List.of();

    void onCalls(@Observes FollowUpCallsChanged changed) {
        lastSeen = java.util.Arrays.stream(Panache.getEntityManager().unwrap(SessionImplementor.class)
                .getPersistenceContextInternal().reentrantSafeEntityEntries())
                .map(e -> e.getKey().getClass().getName()).toList();
    }

    /** The class names of the entities managed when the last FollowUpCallsChanged was fired. */
    public List<String> lastSeen() {
        return lastSeen;
    }

    /** The same, counted per class. */
    public Map<String, Long> lastSeenPerClass() {
        return lastSeen.stream().collect(java.util.stream.Collectors.groupingBy(n -> n.substring(n.lastIndexOf('.') + 1),
                java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }
}
