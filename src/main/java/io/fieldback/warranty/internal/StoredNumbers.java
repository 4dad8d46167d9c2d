package io.fieldback.warranty.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.fieldback.common.JdbcBatch;

/**
 * Which of a bulk request's claim numbers the dealer already has, asked in plain JDBC before any entity is loaded:
 * most requests bring new claims, and Hibernate expanding and binding a 5,000-number IN list for a query that finds
 * nothing was a share of issue 17's profile. Only the numbers found are then loaded as entities.
 */
final class StoredNumbers {

    private static final int CHUNK = 5000;

    private StoredNumbers() {
    }

    static List<String> of(UUID dealerId, List<String> numbers) {
        List<String> found = new ArrayList<>();
        for (int from = 0; from < numbers.size(); from += CHUNK) {
            List<String> chunk = numbers.subList(from, Math.min(numbers.size(), from + CHUNK));
            List<Object> values = new ArrayList<>(chunk.size() + 1);
            values.add(dealerId);
            values.addAll(chunk);
            found.addAll(JdbcBatch.query("SELECT claim_number FROM warranty_claims WHERE dealer_id = " + JdbcBatch.ID
                    + " AND claim_number IN (" + JdbcBatch.marks(chunk.size()) + ")", rs -> rs.getString(1),
                    values.toArray()));
        }
        return found;
    }
}
