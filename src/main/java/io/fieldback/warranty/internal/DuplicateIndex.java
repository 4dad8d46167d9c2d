package io.fieldback.warranty.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.fieldback.warranty.ClaimStatus;
import io.fieldback.warranty.LineKind;

/**
 * {@link Duplicates}' rule for a whole bulk request: the claims on the request's serials are read once, and
 * each claim the request writes replaces its own entry as it goes, so a claim sees what the ones before it in
 * the request left, as it would one claim at a time.
 */
final class DuplicateIndex {

    private static final int CHUNK = 1000;
    private static final Set<ClaimStatus> NOT_LIVE = Set.of(ClaimStatus.DRAFT, ClaimStatus.REJECTED);

    private record Entry(UUID claimId, LocalDate failureDate, ClaimStatus status, Set<String> codes) {
    }

    private final Period window;
    private final Map<String, Map<UUID, Entry>> bySerial = new HashMap<>();
    private final Map<UUID, String> serialOf = new HashMap<>();

    private DuplicateIndex(Period window) {
        this.window = window;
    }

    /** Reads the claims with lines on these serials whose failure could fall within a window of these dates. */
    @SuppressWarnings("unchecked")
    static DuplicateIndex read(Collection<String> serials, LocalDate earliest, LocalDate latest, Period window) {
        DuplicateIndex index = new DuplicateIndex(window);
        List<String> all = serials.stream().filter(Objects::nonNull).distinct().toList();
        for (int from = 0; from < all.size() && earliest != null; from += CHUNK) {
            List<Object[]> rows = ClaimLine.getEntityManager().createQuery("select c.id, c.serialNumber, "
                    + "c.failureDate, c.status, l.operationCode from ClaimLine l join l.claim c "
                    + "where c.serialNumber in ?1 and c.failureDate between ?2 and ?3 and l.operationCode is not null")
                    .setParameter(1, all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .setParameter(2, earliest.minus(window)).setParameter(3, latest.plus(window)).getResultList();
            for (Object[] row : rows) {
                Entry entry = index.bySerial.computeIfAbsent((String) row[1], s -> new HashMap<>()).computeIfAbsent(
                        (UUID) row[0], id -> new Entry(id, (LocalDate) row[2], (ClaimStatus) row[3], new HashSet<>()));
                entry.codes().add((String) row[4]);
                index.serialOf.put((UUID) row[0], (String) row[1]);
            }
        }
        return index;
    }

    /** The first live claim (by id, as the database orders it) the claim duplicates, or null. */
    UUID find(WarrantyClaim claim) {
        Set<String> codes = labourCodes(claim);
        if (codes.isEmpty()) {
            return null;
        }
        LocalDate from = claim.failureDate.minus(window);
        LocalDate to = claim.failureDate.plus(window);
        return bySerial.getOrDefault(claim.serialNumber, Map.of()).values().stream()
                .filter(e -> !e.claimId().equals(claim.id) && !NOT_LIVE.contains(e.status()))
                .filter(e -> !e.failureDate().isBefore(from) && !e.failureDate().isAfter(to))
                .filter(e -> e.codes().stream().anyMatch(codes::contains))
                .map(Entry::claimId).min(DuplicateIndex::byBytes).orElse(null);
    }

    /** The claim as the request left it, for the claims after it. */
    void put(WarrantyClaim claim) {
        String before = serialOf.remove(claim.id);
        if (before != null) {
            bySerial.get(before).remove(claim.id);
        }
        Map<UUID, Entry> entries = bySerial.computeIfAbsent(claim.serialNumber, s -> new HashMap<>());
        Set<String> codes = claim.lines.stream().map(l -> l.operationCode).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (!codes.isEmpty()) {
            entries.put(claim.id, new Entry(claim.id, claim.failureDate, claim.status, codes));
            serialOf.put(claim.id, claim.serialNumber);
        }
    }

    private static Set<String> labourCodes(WarrantyClaim claim) {
        return claim.lines.stream().filter(l -> l.kind == LineKind.LABOUR).map(l -> l.operationCode)
                .collect(Collectors.toSet());
    }

    /** BINARY(16) order: unsigned, byte by byte. */
    private static int byBytes(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
