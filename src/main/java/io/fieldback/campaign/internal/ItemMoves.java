package io.fieldback.campaign.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.booking.AppointmentStatus;
import io.fieldback.booking.BookingChanged;
import io.fieldback.campaign.ItemState;
import io.fieldback.common.TimeSource;
import io.fieldback.visit.RepairVisit;
import io.fieldback.visit.RepairVisits;
import io.fieldback.visit.VisitCompleted;
import io.fieldback.visit.VisitType;

/** What other features' events do to campaign items (booking, campaign visits). */
@ApplicationScoped
class ItemMoves {

    private final RepairVisits visits;
    private final TimeSource time;

    ItemMoves(RepairVisits visits, TimeSource time) {
        this.visits = visits;
        this.time = time;
    }

    /**
     * An appointment for a machine books every open campaign item of it; returns whether one moved. The item
     * follows the machine's latest confirmed appointment: a rescheduled one is replaced by a new appointment,
     * confirmed with its own id, and the old one's change (RESCHEDULED) gives nothing back.
     */
    @Transactional
    boolean booked(BookingChanged booking) {
        if (booking.equipmentId() == null) {
            return false;
        }
        boolean moved = false;
        for (CampaignItem item : openItemsOf(booking.equipmentId())) {
            moved |= !booking.appointmentId().equals(item.appointmentId)
                    && item.book(booking.appointmentId(), booking.stationId(), time.now());
        }
        return moved;
    }

    /** A cancelled or missed appointment gives its items back: NOTIFIED again (NOT_STARTED if never told). */
    @Transactional
    boolean bookingChanged(BookingChanged change) {
        if (change.status() != AppointmentStatus.CANCELLED && change.status() != AppointmentStatus.NO_SHOW) {
            return false;
        }
        List<CampaignItem> booked = CampaignItem.list("appointmentId = ?1 and state = ?2", change.appointmentId(),
                ItemState.BOOKED);
        booked.forEach(CampaignItem::unbook);
        return !booked.isEmpty();
    }

    /**
     * A completed campaign visit closes one open item of its machine: the one whose campaign's deadline comes
     * first (a visit does not name its campaign; a station that did several links the visit to the others).
     * Returns how many of the batch's visits closed one. The visits of the batch that may be a recall's (their
     * event says so, or was recorded before events carried the type) are read in one query; most completed
     * visits are known not to be without any.
     */
    @Transactional
    int visitsCompleted(List<VisitCompleted> batch) {
        List<UUID> maybeRecalls = batch.stream()
                .filter(c -> !c.carriesVisitFacts() || c.type() == VisitType.RECALL_CAMPAIGN)
                .map(VisitCompleted::visitId).toList();
        Map<UUID, RepairVisit> read = visits.of(maybeRecalls).stream()
                .collect(Collectors.toMap(RepairVisit::id, v -> v));
        int moved = 0;
        for (VisitCompleted completed : batch) {
            RepairVisit visit = read.get(completed.visitId());
            moved += visit != null && closesAnItem(visit, completed) ? 1 : 0;
        }
        return moved;
    }

    private static boolean closesAnItem(RepairVisit visit, VisitCompleted completed) {
        if (visit.type() != VisitType.RECALL_CAMPAIGN || visit.equipmentId() == null) {
            return false;
        }
        List<CampaignItem> open = CampaignItem.getEntityManager().createQuery("select i from CampaignItem i, "
                + "Campaign c where c.id = i.campaignId and i.equipmentId = :machine and i.state in :open "
                + "order by c.deadline, c.id", CampaignItem.class).setParameter("machine", visit.equipmentId())
                .setParameter("open", CampaignItem.OPEN).setMaxResults(1).getResultList();
        if (open.isEmpty()) {
            return false;
        }
        open.get(0).doneBy(visit.id(), visit.equipmentId(), visit.stationId(), completed.completedAt());
        return true;
    }

    private static List<CampaignItem> openItemsOf(UUID machine) {
        return CampaignItem.list("equipmentId = ?1 and state in ?2", machine, CampaignItem.OPEN);
    }
}
