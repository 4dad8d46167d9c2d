package io.fieldback.survey.internal.rows;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the database knows about the keys of one chunk of rows, looked up in bulk before the rules run:
 * customers by code, machines by serial, visits by repair-order number (one number may be used by several
 * dealers), and the row ids earlier chunks of the batch already used.
 */
public record Known(Map<String, Target> byCode, Map<String, Target> bySerial, Map<String, List<Target>> byOrder,
        Set<String> earlierRowIds) {
}
