package io.fieldback.campaign.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.fieldback.campaign.CampaignItemView;
import io.fieldback.campaign.ItemState;
import io.fieldback.common.ApiException;
import io.fieldback.common.BaseEntity;

/** One affected machine of a campaign; it decides which moves its state allows. */
@Entity
@Table(name = "campaign_items")
class CampaignItem extends BaseEntity {

    static final java.util.List<ItemState> OPEN = java.util.List.of(ItemState.NOT_STARTED, ItemState.NOTIFIED,
            ItemState.BOOKED);

    @Column(name = "campaign_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID campaignId;

    @Column(name = "equipment_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID equipmentId;

    @Column(name = "customer_id", nullable = false, columnDefinition = "BINARY(16)")
    public UUID customerId;

    @Column(name = "dealer_id", columnDefinition = "BINARY(16)")
    public UUID dealerId;

    @Column(nullable = false, length = 16)
    public String region;

    @Column(name = "station_id", columnDefinition = "BINARY(16)")
    public UUID stationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ItemState state;

    @Column(length = 500)
    public String reason;

    @Column(name = "appointment_id", columnDefinition = "BINARY(16)")
    public UUID appointmentId;

    @Column(name = "visit_id", columnDefinition = "BINARY(16)")
    public UUID visitId;

    @Column(name = "notified_at")
    public Instant notifiedAt;

    @Column(name = "booked_at")
    public Instant bookedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** Booked at a station: allowed while the item is open and not booked already (a rebooking updates it). */
    boolean book(UUID appointment, UUID station, Instant at) {
        if (state.closed()) {
            return false;
        }
        state = ItemState.BOOKED;
        appointmentId = appointment;
        stationId = station;
        bookedAt = at;
        return true;
    }

    /** The appointment went away: back to where the item stood before it. */
    void unbook() {
        state = notifiedAt != null ? ItemState.NOTIFIED : ItemState.NOT_STARTED;
        appointmentId = null;
        stationId = null;
        bookedAt = null;
    }

    /** Done by a completed visit of this very machine; 409 when closed, 400 when the visit is another machine's. */
    void doneBy(UUID visit, UUID visitMachine, UUID station, Instant at) {
        requireOpen();
        if (!equipmentId.equals(visitMachine)) {
            throw ApiException.badRequest("visitId", "visit " + visit + " was made on another machine than "
                    + "this item's (" + equipmentId + ")");
        }
        state = ItemState.DONE;
        visitId = visit;
        stationId = station;
        closedAt = at;
    }

    /** Closed without a visit (NOT_REACHABLE or NOT_APPLICABLE), with the reason. */
    void closeWithout(ItemState outcome, String why, Instant at) {
        if (outcome != ItemState.NOT_REACHABLE && outcome != ItemState.NOT_APPLICABLE) {
            throw ApiException.badRequest("state", "an outcome is NOT_REACHABLE or NOT_APPLICABLE; DONE comes "
                    + "from a campaign visit");
        }
        requireOpen();
        state = outcome;
        reason = why;
        closedAt = at;
    }

    private void requireOpen() {
        if (state.closed()) {
            throw ApiException.conflict("campaign item " + id + " is closed already (" + state + ")");
        }
    }

    CampaignItemView view() {
        return new CampaignItemView(id, campaignId, equipmentId, customerId, dealerId, region, stationId, state, reason,
                appointmentId, visitId, notifiedAt, bookedAt, closedAt, version, createdAt, updatedAt);
    }
}
