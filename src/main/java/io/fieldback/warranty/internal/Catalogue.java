package io.fieldback.warranty.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The catalogue entries a batch of claims needs, loaded once: operation codes, labour rates, claim types. */
final class Catalogue {

    private final Map<String, OperationCode> operations = new HashMap<>();
    private final Map<UUID, List<LabourRate>> rates = new HashMap<>();
    private final Map<String, ClaimType> types = new HashMap<>();

    Catalogue(List<OperationCode> operationCodes, List<LabourRate> labourRates, List<ClaimType> claimTypes) {
        operationCodes.forEach(op -> operations.put(op.code + "\u0000" + op.productSeries, op));
        labourRates.forEach(rate -> rates.computeIfAbsent(rate.stationId, k -> new java.util.ArrayList<>()).add(rate));
        claimTypes.stream().filter(t -> t.active).forEach(t -> types.put(t.code, t));
    }

    OperationCode operation(String code, String productSeries) {
        return operations.get(code + "\u0000" + productSeries);
    }

    /** The station's rate in force on a day: the latest that starts on or before it (rates sorted by start). */
    LabourRate rate(UUID stationId, LocalDate day) {
        LabourRate found = null;
        for (LabourRate rate : rates.getOrDefault(stationId, List.of())) {
            if (!rate.validFrom.isAfter(day)) {
                found = rate;
            }
        }
        return found;
    }

    ClaimType type(String code) {
        return types.get(code);
    }
}
