package io.fieldback.dispatch;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.common.DomainEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads the outbox the way a consumer would see it: topic and JSON payload per event of a visit. */
final class DomainEventsProbe {

    private DomainEventsProbe() {
    }

    static List<Map<String, Object>> payloads(UUID visitId) {
        return QuarkusTransaction.requiringNew().call(() -> DomainEvent.<DomainEvent>list(
                "aggregateId = ?1 order by createdAt, id", visitId).stream()
                .map(e -> Map.<String, Object>of("topic", e.topic, "payload", e.payload)).toList());
    }
}
