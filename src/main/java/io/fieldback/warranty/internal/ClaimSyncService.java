package io.fieldback.warranty.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import io.fieldback.common.ApiException;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.EventBatch;
import io.fieldback.common.FieldError;
import io.fieldback.common.Outcome;
import io.fieldback.security.Caller;
import io.fieldback.warranty.ClaimSyncResult;
import io.fieldback.warranty.ClaimSyncResult.Status;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Bulk upsert of a dealer's claims by its own claim numbers, as the repair-order sync does it: each item
 * checked and answered on its own, the valid ones written together, visits, machines, catalogue and stored
 * claims resolved in a handful of queries rather than one per item.
 */
@ApplicationScoped
class ClaimSyncService {

    static final int MAX_ITEMS = 5000;

    private final Caller caller;
    private final ItemCheck check;
    private final RepairFactsReader repairs;
    private final CatalogueService catalogue;
    private final ClaimService claims;

    private final ClaimDeadlines deadlines;
    private final CampaignCheck campaigns;
    private final DomainEvents events;

    ClaimSyncService(Caller caller, ItemCheck check, RepairFactsReader repairs, CatalogueService catalogue,
            ClaimService claims, ClaimDeadlines deadlines, CampaignCheck campaigns, DomainEvents events) {
        this.campaigns = campaigns;
        this.events = events;
        this.deadlines = deadlines;
        this.caller = caller;
        this.check = check;
        this.repairs = repairs;
        this.catalogue = catalogue;
        this.claims = claims;
    }

    /** Bulk bodies may be larger than the general cap (found by the benchmark: 5,000 claims are about 3 MB). */
    @jakarta.enterprise.inject.Produces
    @jakarta.inject.Singleton
    io.fieldback.common.BodyLimitRule bulkClaims(WarrantyConfig config) {
        return new io.fieldback.common.BodyLimitRule(
                java.util.regex.Pattern.compile("^/api/v1/dealer/warranty-claims/?$"), config.maxBodyBytes());
    }

    /** A request of 5,000 claims has taken over the 60 s default on a loaded machine (the benchmark's 500s). */
    @Transactional
    @TransactionConfiguration(timeout = 300, timeoutFromConfigProperty = "fieldback.warranty.batch-transaction-timeout")
    ClaimSyncResult upsert(ClaimBatch batch) {
        UUID dealerId = caller.dealerId();
        if (dealerId == null) {
            throw ApiException.forbidden("claims are synced by a dealer's key or token (dealer_id)");
        }
        List<ClaimBatch.Item> items = itemsOf(batch);
        ClaimSyncResult.Item[] answers = new ClaimSyncResult.Item[items.size()];
        List<Integer> valid = checkEach(items, answers);
        Set<UUID> visitIds = valid.stream().map(i -> items.get(i).visitId()).collect(Collectors.toSet());
        Map<UUID, RepairFacts> facts = repairs.read(visitIds);
        Catalogue snapshot = catalogue.snapshot(
                facts.values().stream().map(RepairFacts::productSeries).filter(Objects::nonNull).collect(Collectors.toSet()),
                facts.values().stream().map(RepairFacts::stationId).collect(Collectors.toSet()));
        Map<String, WarrantyClaim> stored = stored(dealerId, valid.stream().map(i -> items.get(i).claimNumber()).toList());
        Map<Integer, WarrantyClaim> built = buildAll(items, valid, facts, snapshot, stored, answers);
        DuplicateIndex duplicates = duplicates(items, built);
        Writes writes = new Writes(events.batch());
        for (int i : valid) {
            if (built.containsKey(i)) {
                answers[i] = apply(i, items.get(i), built.get(i), stored, duplicates, writes);
            }
        }
        ClaimRows.insert(writes.created);
        deadlines.bulk(writes.created, writes.editedDrafts, writes.submitted, writes.submittedAt);
        WarrantyClaim.getEntityManager().unwrap(Session.class).doWork(writes.decisions::write);
        WarrantyClaim.flush();
        return summarize(List.of(answers));
    }

    private static List<ClaimBatch.Item> itemsOf(ClaimBatch batch) {
        List<ClaimBatch.Item> items = batch == null || batch.items() == null ? List.of() : batch.items();
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            throw ApiException.badRequest("items", "send 1 to " + MAX_ITEMS + " claims per request; got "
                    + items.size());
        }
        return items;
    }

    /**
     * The claim each valid item asks for, by item index; the items that cannot be built are answered. The campaigns'
     * cover of the CAMPAIGN claims is read once for the request, after the claims are built.
     */
    private Map<Integer, WarrantyClaim> buildAll(List<ClaimBatch.Item> items, List<Integer> valid,
            Map<UUID, RepairFacts> facts, Catalogue snapshot, Map<String, WarrantyClaim> stored,
            ClaimSyncResult.Item[] answers) {
        Map<Integer, WarrantyClaim> built = new HashMap<>();
        for (int i : valid) {
            WarrantyClaim claim = build(i, items.get(i), facts.get(items.get(i).visitId()), snapshot, stored, answers);
            if (claim != null) {
                built.put(i, claim);
            }
        }
        CampaignCheck.Cover cover = campaigns.forRequest(built.values());
        built.entrySet().removeIf(e -> {
            List<FieldError> errors = campaigns.covering(new ClaimBuilder.Built(e.getValue(), List.of()), cover).errors();
            if (!errors.isEmpty()) {
                answers[e.getKey()] = answer(e.getKey(), items.get(e.getKey()), Status.REJECTED, null, errors);
            }
            return !errors.isEmpty();
        });
        return built;
    }

    /** What the request wrote, for its deadlines: moved together once every claim is applied. */
    private static final class Writes {
        final EventBatch decisions;
        final List<WarrantyClaim> created = new ArrayList<>();
        final List<WarrantyClaim> editedDrafts = new ArrayList<>();
        final List<WarrantyClaim> submitted = new ArrayList<>();
        java.time.Instant submittedAt;

        Writes(EventBatch decisions) {
            this.decisions = decisions;
        }
    }

    private DuplicateIndex duplicates(List<ClaimBatch.Item> items, Map<Integer, WarrantyClaim> built) {
        List<WarrantyClaim> submitting = built.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(items.get(e.getKey()).submit())).map(Map.Entry::getValue).toList();
        return DuplicateIndex.read(submitting.stream().map(c -> c.serialNumber).toList(),
                submitting.stream().map(c -> c.failureDate).filter(Objects::nonNull).min(Comparator.naturalOrder())
                        .orElse(null),
                submitting.stream().map(c -> c.failureDate).filter(Objects::nonNull).max(Comparator.naturalOrder())
                        .orElse(null),
                claims.duplicateWindow());
    }

    private List<Integer> checkEach(List<ClaimBatch.Item> items, ClaimSyncResult.Item[] answers) {
        Map<String, Integer> first = new HashMap<>();
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ClaimBatch.Item item = items.get(i);
            List<FieldError> errors = item == null ? List.of(new FieldError("item", "must not be null"))
                    : check.errors(item);
            if (errors.isEmpty()) {
                Integer earlier = first.putIfAbsent(item.claimNumber(), i);
                if (earlier != null) {
                    errors = List.of(new FieldError("claimNumber", "duplicate of item " + earlier
                            + " in this request; send each claim once"));
                }
            }
            if (errors.isEmpty()) {
                valid.add(i);
            } else {
                answers[i] = answer(i, item, Status.REJECTED, null, errors);
            }
        }
        return valid;
    }

    /** The claim the item makes (not yet written), or null when its answer is already given. */
    private WarrantyClaim build(int index, ClaimBatch.Item item, RepairFacts facts, Catalogue snapshot,
            Map<String, WarrantyClaim> stored, ClaimSyncResult.Item[] answers) {
        WarrantyClaim existing = stored.get(item.claimNumber());
        if (existing != null && existing.dealerUpdatedAt != null) {
            int age = item.updatedAt().compareTo(existing.dealerUpdatedAt);
            if (age <= 0) {
                answers[index] = answer(index, item, age == 0 ? Status.UNCHANGED : Status.STALE, existing, List.of());
                return null;
            }
        }
        ClaimBuilder.Built built = ClaimBuilder.build(item.toRequest(), facts, snapshot,
                f -> caller.canSeeStation(f.stationId(), f.dealerId()));
        if (!built.errors().isEmpty()) {
            answers[index] = answer(index, item, Status.REJECTED, null, built.errors());
            return null;
        }
        return built.claim();
    }

    private ClaimSyncResult.Item apply(int index, ClaimBatch.Item item, WarrantyClaim built,
            Map<String, WarrantyClaim> stored, DuplicateIndex duplicates, Writes writes) {
        WarrantyClaim existing = stored.get(item.claimNumber());
        WarrantyClaim claim = existing == null ? built : existing;
        if (existing != null) {
            Outcome<Void> outcome = ClaimBuilder.apply(existing, built);
            if (outcome.isRefused()) {
                return answer(index, item, Status.REJECTED, existing, outcome.refusal().reasons());
            }
            if (existing.status == io.fieldback.warranty.ClaimStatus.DRAFT) {
                writes.editedDrafts.add(existing);
            }
        } else {
            writes.created.add(claim);
        }
        claim.dealerUpdatedAt = item.updatedAt();
        if (Boolean.TRUE.equals(item.submit())) {
            writes.submittedAt = claims.submitRules(claim, duplicates::find, writes.decisions);
            writes.submitted.add(claim);
        }
        duplicates.put(claim);
        return answer(index, item, existing == null ? Status.CREATED : Status.UPDATED, claim, List.of());
    }

    private static Map<String, WarrantyClaim> stored(UUID dealerId, List<String> all) {
        List<String> numbers = StoredNumbers.of(dealerId, all);
        if (numbers.isEmpty()) {
            return Map.of();
        }
        // the lines come along: an update replaces them, and a lazy load per claim would be a query per item
        return WarrantyClaim.<WarrantyClaim>list("select distinct c from WarrantyClaim c left join fetch c.lines "
                + "where c.dealerId = ?1 and c.claimNumber in ?2", dealerId, numbers).stream()
                .collect(Collectors.toMap(c -> c.claimNumber, Function.identity()));
    }

    private static ClaimSyncResult.Item answer(int index, ClaimBatch.Item item, Status status, WarrantyClaim claim,
            List<FieldError> errors) {
        return new ClaimSyncResult.Item(index, item == null ? null : item.claimNumber(), status,
                claim == null ? null : claim.id, claim == null ? null : claim.status, errors);
    }

    private static ClaimSyncResult summarize(List<ClaimSyncResult.Item> items) {
        int[] counts = new int[Status.values().length];
        items.forEach(item -> counts[item.status().ordinal()]++);
        return new ClaimSyncResult(new ClaimSyncResult.Summary(counts[0], counts[1], counts[2], counts[3], counts[4]),
                items);
    }
}
