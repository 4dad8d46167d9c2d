package io.fieldback.warranty.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.Refusal;
import io.fieldback.common.RowLocks;
import io.fieldback.common.TimeSource;
import io.fieldback.security.Caller;
import io.fieldback.warranty.Finding;
import io.fieldback.warranty.PartChargedBack;
import io.fieldback.warranty.PartReturnInstructed;
import io.fieldback.warranty.PartReturnView;
import io.fieldback.warranty.ReturnStatus;
import io.fieldback.warranty.internal.PartReturnRequests.InspectionRequest;
import io.fieldback.warranty.internal.PartReturnRequests.InstructionRequest;
import io.fieldback.warranty.internal.PartReturnRequests.ShipmentRequest;

/**
 * Parts return: load under the claim's row lock (so two steps on one claim take turns), ask the
 * {@link PartReturn}, save.
 */
@ApplicationScoped
class PartReturnService {

    private final Caller caller;
    private final TimeSource time;
    private final WarrantyConfig config;
    private final DomainEvents events;

    PartReturnService(Caller caller, TimeSource time, WarrantyConfig config, DomainEvents events) {
        this.events = events;
        this.caller = caller;
        this.time = time;
        this.config = config;
    }

    @Transactional
    List<PartReturnView> list(UUID claimId) {
        visibleClaim(WarrantyClaim.findById(claimId), claimId);
        return PartReturn.<PartReturn>list("claimId = ?1 order by id", claimId).stream().map(PartReturnService::view)
                .toList();
    }

    @Transactional
    PartReturnView instruct(UUID claimId, InstructionRequest request) {
        WarrantyClaim claim = lockClaim(claimId);
        if (PartReturn.count("lineId", request.lineId()) > 0) {
            throw Refusal.conflict("lineId", "this line already has its part-return instruction").toException();
        }
        PartReturn created = PartReturn.instruct(claim, request.lineId(), request.instruction(), request.dueOn(),
                request.keepUntil(), caller.name(), today()).orThrow();
        created.persistAndFlush();
        events.record(PartReturnInstructed.TOPIC, created.id, created.dealerId, new PartReturnInstructed(created.id,
                claim.id, claim.claimNumber, created.lineId, created.stationId, created.dealerId, created.partNumber,
                created.failedSerial, created.instruction, created.dueOn, created.keepUntil));
        return view(created);
    }

    @Transactional
    PartReturnView ship(UUID claimId, UUID returnId, ShipmentRequest request) {
        PartReturn r = locked(claimId, returnId);
        check(r.ship(request.carrier().strip(), request.trackingNumber().strip(), time.now(), today()));
        return saved(r);
    }

    @Transactional
    PartReturnView receive(UUID claimId, UUID returnId) {
        PartReturn r = locked(claimId, returnId);
        check(r.receive(time.now()));
        return saved(r);
    }

    @Transactional
    PartReturnView inspect(UUID claimId, UUID returnId, InspectionRequest request) {
        PartReturn r = locked(claimId, returnId);
        check(r.inspect(request.finding(), request.note(), approved(r), caller.name(), time.now(), today()));
        publishChargeback(r);
        return saved(r);
    }

    /** Charges back every part still not shipped after its due date; returns how many. */
    @Transactional
    int chargeOverdue() {
        LocalDate today = today();
        int charged = 0;
        for (PartReturn r : PartReturn.<PartReturn>list("status = ?1 and dueOn < ?2 order by id", ReturnStatus.REQUESTED,
                today)) {
            if (RowLocks.lock("warranty_claims", r.claimId)) {
                PartReturn fresh = PartReturn.findById(r.id);
                PartReturn.getEntityManager().refresh(fresh);
                if (fresh.chargeIfOverdue(approved(fresh), time.now(), today)) {
                    publishChargeback(fresh);
                    charged++;
                }
            }
        }
        PartReturn.flush();
        return charged;
    }

    /** A chargeback reaches the dealer's change feed in the transaction that makes it. */
    private void publishChargeback(PartReturn r) {
        if (r.chargedOn == null) {
            return;
        }
        WarrantyClaim claim = WarrantyClaim.findById(r.claimId);
        events.record(PartChargedBack.TOPIC, r.id, r.dealerId, new PartChargedBack(r.id, r.claimId, claim.claimNumber,
                r.stationId, r.dealerId, r.partNumber, r.currency, r.chargebackAmount, r.chargebackReason, r.chargedOn));
    }

    static PartReturnView view(PartReturn r) {
        return new PartReturnView(r.id, r.claimId, r.lineId, r.stationId, r.partNumber, r.failedSerial, r.instruction,
                r.dueOn, r.keepUntil, r.status, r.requestedBy, r.carrier, r.trackingNumber, r.shippedAt, r.receivedAt,
                r.finding, r.inspectionNote, r.inspectedAt, r.inspectedBy, r.currency, r.chargebackAmount,
                r.chargebackReason, r.chargedOn, r.version, r.createdAt, r.updatedAt);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(time.now(), config.timeZone());
    }

    private static BigDecimal approved(PartReturn r) {
        ClaimLine line = ClaimLine.findById(r.lineId);
        return line.approvedAmount;
    }

    private static void check(Refusal refusal) {
        if (refusal != null) {
            throw refusal.toException();
        }
    }

    private static PartReturnView saved(PartReturn r) {
        PartReturn.flush();
        return view(r);
    }

    private PartReturn locked(UUID claimId, UUID returnId) {
        lockClaim(claimId);
        PartReturn r = PartReturn.findById(returnId);
        if (r == null || !r.claimId.equals(claimId)) {
            throw ApiException.notFound("part return " + returnId);
        }
        return r;
    }

    private WarrantyClaim lockClaim(UUID id) {
        WarrantyClaim claim = RowLocks.lock("warranty_claims", id) ? WarrantyClaim.findById(id) : null;
        return visibleClaim(claim, id);
    }

    private WarrantyClaim visibleClaim(WarrantyClaim claim, UUID id) {
        if (claim == null || !caller.canSeeStation(claim.stationId, claim.dealerId)) {
            throw ApiException.notFound("warranty claim " + id);
        }
        return claim;
    }
}
