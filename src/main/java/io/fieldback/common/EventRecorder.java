package io.fieldback.common;

import java.util.UUID;

/**
 * Where a change's domain events are recorded: {@link DomainEvents} itself (one entity per event), or an
 * {@link EventBatch} that a bulk write sends as one JDBC batch; both in the transaction that makes the change.
 */
public interface EventRecorder {

    Object record(String topic, UUID aggregateId, UUID dealerId, Object payload);
}
