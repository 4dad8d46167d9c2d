package io.fieldback.region;

/**
 * A province now belongs to another region. Fired synchronously inside the admin's transaction, so the
 * customers and stations in the province follow it (their region is the province's) in the same commit.
 */
public record ProvinceMoved(String province, String fromRegion, String toRegion) {
}
