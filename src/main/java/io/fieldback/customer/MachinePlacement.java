package io.fieldback.customer;

import java.util.UUID;

/** Where an active machine stands: its owner, the owner's dealer and region (campaigns target and scope by them). */
public record MachinePlacement(UUID equipmentId, UUID customerId, UUID dealerId, String region) {
}
