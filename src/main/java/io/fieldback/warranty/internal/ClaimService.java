package io.fieldback.warranty.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.clock.Clocks;
import io.fieldback.common.ApiException;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.ETags;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.Refusal;
import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.security.Caller;
import io.fieldback.warranty.ClaimStatus;
import io.fieldback.warranty.ClaimView;
import io.fieldback.warranty.WarrantyClaimDecided;
import io.fieldback.warranty.WarrantyClaimReturned;
import io.fieldback.warranty.WarrantyClaims;

/** Claims one at a time: load, ask the aggregate, save, publish. Implements the feature's public facade. */
@ApplicationScoped
class ClaimService implements WarrantyClaims {

    private final Caller caller;
    private final TimeSource time;
    private final DomainEvents events;
    private final RepairFactsReader repairs;
    private final CatalogueService catalogue;
    private final WarrantyConfig config;
    private final ClaimDeadlines deadlines;
    private final Clocks clocks;
    private final CampaignCheck campaigns;

    ClaimService(Caller caller, TimeSource time, DomainEvents events, RepairFactsReader repairs,
            CatalogueService catalogue, WarrantyConfig config, ClaimDeadlines deadlines, Clocks clocks,
            CampaignCheck campaigns) {
        this.campaigns = campaigns;
        this.deadlines = deadlines;
        this.clocks = clocks;
        this.caller = caller;
        this.time = time;
        this.events = events;
        this.repairs = repairs;
        this.catalogue = catalogue;
        this.config = config;
    }

    @Transactional
    ClaimView create(ClaimRequest request) {
        WarrantyClaim claim = build(request);
        if (WarrantyClaim.count("dealerId = ?1 and claimNumber = ?2", claim.dealerId, claim.claimNumber) > 0) {
            throw Refusal.conflict("claimNumber", "your dealer already has a claim with this number").toException();
        }
        claim.persistAndFlush();
        deadlines.created(claim);
        return view(claim);
    }

    @Transactional
    ClaimView get(UUID id) {
        return view(visible(WarrantyClaim.findById(id), id));
    }

    @Transactional
    Page<ClaimView> list(ClaimStatus status, UUID stationId, UUID visitId, PageParams paging) {
        Filter filter = new Filter().eq("e.status", status).eq("e.stationId", stationId).eq("e.visitId", visitId)
                .eq("e.dealerId", caller.confinedToDealer()).eq("e.stationId", caller.confinedToStation());
        return Keyset.page(WarrantyClaim.class, filter, paging, this::view);
    }

    /** Replaces a DRAFT or RETURNED_FOR_INFO claim's facts and lines; the claim number stays. */
    @Transactional
    ClaimView update(UUID id, ClaimRequest request, String ifMatch) {
        WarrantyClaim claim = lockVisible(id, ifMatch);
        if (!claim.claimNumber.equals(request.claimNumber())) {
            throw ApiException.badRequest("claimNumber", "is the claim's key and cannot change; it is "
                    + claim.claimNumber);
        }
        if (!claim.status.editable()) {
            throw Refusal.conflict("lines", "the claim is " + claim.status + ": lines cannot be edited after "
                    + "submission").toException();
        }
        ClaimBuilder.apply(claim, build(request)).orThrow();
        deadlines.changed(claim);
        WarrantyClaim.flush();
        return view(claim);
    }

    @Transactional
    ClaimView submit(UUID id, String ifMatch) {
        WarrantyClaim claim = lockVisible(id, ifMatch);
        submit(claim);
        WarrantyClaim.flush();
        return view(claim);
    }

    /** Submits a loaded claim: duplicates flagged, the rules applied, the decision published if it closed. */
    void submit(WarrantyClaim claim) {
        Instant now = submitRules(claim, c -> Duplicates.find(c, config.duplicateWindow()), events);
        deadlines.submitted(claim, now);
    }

    /**
     * The submission without its deadlines, for the bulk path: it finds duplicates in its own index and moves
     * the clocks of the whole request together, and records its decisions in the request's event batch. Returns the
     * submission time.
     */
    Instant submitRules(WarrantyClaim claim, java.util.function.Function<WarrantyClaim, UUID> duplicates,
            io.fieldback.common.EventRecorder decisions) {
        if (claim.status.editable()) {
            claim.duplicateOf = duplicates.apply(claim);
        }
        List<String> reasons = AutoApproval.reviewReasons(claim, config.autoApprove().enabled(),
                config.autoApprove().maxAmount());
        Instant now = time.now();
        WarrantyClaimDecided decided = claim.submit(reasons, now).orThrow();
        if (decided != null) {
            decisions.record(WarrantyClaimDecided.TOPIC, decided.claimId(), decided.dealerId(), decided);
        }
        return now;
    }

    java.time.Period duplicateWindow() {
        return config.duplicateWindow();
    }

    @Transactional
    ClaimView decide(UUID id, List<WarrantyClaim.LineCall> calls, String ifMatch) {
        WarrantyClaim claim = lockVisible(id, ifMatch);
        WarrantyClaimDecided decided = claim.decide(calls, caller.name(), time.now()).orThrow();
        publish(decided);
        if (decided != null) {
            deadlines.answered(claim, decided.decidedAt());
        }
        WarrantyClaim.flush();
        return view(claim);
    }

    @Transactional
    ClaimView returnForInfo(UUID id, String note, String ifMatch) {
        WarrantyClaim claim = lockVisible(id, ifMatch);
        WarrantyClaimReturned returned = claim.returnForInfo(note, caller.name(), time.now()).orThrow();
        events.record(WarrantyClaimReturned.TOPIC, claim.id, claim.dealerId, returned);
        deadlines.answered(claim, returned.returnedAt());
        WarrantyClaim.flush();
        return view(claim);
    }

    @Override
    @Transactional
    public Optional<ClaimView> find(UUID claimId) {
        WarrantyClaim claim = claimId == null ? null : WarrantyClaim.findById(claimId);
        return Optional.ofNullable(claim).map(this::view);
    }

    @Override
    @Transactional
    public List<ClaimView> forVisit(UUID visitId) {
        return WarrantyClaim.<WarrantyClaim>list("visitId = ?1 order by id", visitId).stream().map(this::view).toList();
    }

    @Override
    @Transactional
    public java.util.Map<UUID, Long> claimsByMachine(java.util.Collection<UUID> equipmentIds) {
        java.util.Map<UUID, Long> counts = new java.util.HashMap<>();
        List<UUID> ids = List.copyOf(equipmentIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            WarrantyClaim.getEntityManager().createQuery("select c.equipmentId, count(c) from WarrantyClaim c "
                    + "where c.equipmentId in :ids and c.status not in :left group by c.equipmentId", Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .setParameter("left", List.of(ClaimStatus.DRAFT, ClaimStatus.REJECTED)).getResultList()
                    .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        }
        return counts;
    }

    ClaimView view(WarrantyClaim claim) {
        return Views.of(claim, ClaimType.findById(claim.claimTypeId), clocks.of(ClaimDeadlines.SUBJECT, claim.id));
    }

    private WarrantyClaim build(ClaimRequest request) {
        RepairFacts facts = repairs.read(Set.of(request.visitId())).get(request.visitId());
        Catalogue snapshot = catalogue.snapshot(facts == null || facts.productSeries() == null ? Set.of()
                : Set.of(facts.productSeries()), facts == null ? Set.of() : Set.of(facts.stationId()));
        ClaimBuilder.Built built = campaigns.covering(ClaimBuilder.build(request, facts, snapshot,
                f -> caller.canSeeStation(f.stationId(), f.dealerId())), campaigns.perClaim());
        if (!built.errors().isEmpty()) {
            throw new ApiException(400, "validation", "Invalid request", built.errors().get(0).field() + ": "
                    + built.errors().get(0).message(), built.errors());
        }
        return built.claim();
    }

    private void publish(WarrantyClaimDecided decided) {
        if (decided != null) {
            events.record(WarrantyClaimDecided.TOPIC, decided.claimId(), decided.dealerId(), decided);
        }
    }

    private WarrantyClaim lockVisible(UUID id, String ifMatch) {
        WarrantyClaim claim = RowLocks.lock("warranty_claims", id) ? WarrantyClaim.findById(id) : null;
        visible(claim, id);
        ETags.require(ifMatch, claim.version);
        return claim;
    }

    private WarrantyClaim visible(WarrantyClaim claim, UUID id) {
        if (claim == null || !caller.canSeeStation(claim.stationId, claim.dealerId)) {
            throw ApiException.notFound("warranty claim " + id);
        }
        return claim;
    }
}
