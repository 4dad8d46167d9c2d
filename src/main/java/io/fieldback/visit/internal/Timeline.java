package io.fieldback.visit.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.fieldback.visit.VisitStatus;

/**
 * Derives a visit's status and times from its events in the order they happened on site, not the
 * order they reached the server. The same set of events always yields the same visit, which is what
 * makes late, repeated and reordered deliveries from phones converge.
 */
public final class Timeline {

    public static final Comparator<VisitEvent> BY_TIME = Comparator.comparing((VisitEvent e) -> e.occurredAt)
            .thenComparing(e -> e.id);

    private Timeline() {
    }

    public static void apply(Visit visit, List<VisitEvent> events) {
        visit.status = VisitStatus.REQUESTED;
        visit.dispatchedAt = null;
        visit.arrivedAt = null;
        visit.completedAt = null;
        visit.cancelledAt = null;
        visit.cancelReason = null;
        for (VisitEvent event : events.stream().sorted(BY_TIME).toList()) {
            step(visit, event);
        }
    }

    /**
     * The same fold as {@link #apply}, worked out on a copy and written onto the visit only where it differs: resetting
     * and replaying the stored fields marks them dirty even when they end as they were, and every event (a NOTE
     * too) then cost an UPDATE of the visit with a new version and updatedAt (issue 21). Parts logged by events
     * go straight onto the visit's list; they are only ever added.
     */
    public static void refold(Visit visit, List<VisitEvent> events) {
        Visit folded = copy(visit);
        apply(folded, events);
        copyChanged(folded, visit);
    }

    /**
     * The fold of one event that happened after every stored one, on a visit that is the fold of those: the same
     * visit as {@link #refold} over the whole timeline, without reading it (issue 21). Only for an open visit, whose
     * status no later event can have been refused for.
     */
    public static void advance(Visit visit, VisitEvent event) {
        Visit folded = copy(visit);
        step(folded, event);
        copyChanged(folded, visit);
    }

    /** What the fold works on; the parts are the visit's own list, as the fold only ever adds to it. */
    private static Visit copy(Visit visit) {
        Visit folded = new Visit();
        folded.status = visit.status;
        folded.dispatchedAt = visit.dispatchedAt;
        folded.arrivedAt = visit.arrivedAt;
        folded.completedAt = visit.completedAt;
        folded.cancelledAt = visit.cancelledAt;
        folded.cancelReason = visit.cancelReason;
        folded.diagnosis = visit.diagnosis;
        folded.outcome = visit.outcome;
        folded.technicianIds = new java.util.LinkedHashSet<>(visit.technicianIds);
        folded.parts = visit.parts;
        return folded;
    }

    /** Field by field: an assignment alone marks a field dirty, even of the value it already holds. */
    private static void copyChanged(Visit folded, Visit visit) {
        if (folded.status != visit.status) {
            visit.status = folded.status;
        }
        if (!Objects.equals(visit.dispatchedAt, folded.dispatchedAt)) {
            visit.dispatchedAt = folded.dispatchedAt;
        }
        if (!Objects.equals(visit.arrivedAt, folded.arrivedAt)) {
            visit.arrivedAt = folded.arrivedAt;
        }
        if (!Objects.equals(visit.completedAt, folded.completedAt)) {
            visit.completedAt = folded.completedAt;
        }
        if (!Objects.equals(visit.cancelledAt, folded.cancelledAt)) {
            visit.cancelledAt = folded.cancelledAt;
        }
        if (!Objects.equals(visit.cancelReason, folded.cancelReason)) {
            visit.cancelReason = folded.cancelReason;
        }
        if (!Objects.equals(visit.diagnosis, folded.diagnosis)) {
            visit.diagnosis = folded.diagnosis;
        }
        if (folded.outcome != visit.outcome) {
            visit.outcome = folded.outcome;
        }
        if (!visit.technicianIds.equals(folded.technicianIds)) {
            visit.technicianIds.clear();
            visit.technicianIds.addAll(folded.technicianIds);
        }
    }

    private static void step(Visit visit, VisitEvent event) {
        boolean open = !visit.status.isFinal();
        switch (event.type) {
            case DISPATCHED -> dispatched(visit, event, open);
            case ARRIVED -> arrived(visit, event, open);
            case COMPLETED -> {
                if (open) {
                    visit.status = VisitStatus.COMPLETED;
                    visit.completedAt = event.occurredAt;
                    visit.outcome = event.outcome;
                }
            }
            case CANCELLED -> {
                if (open) {
                    visit.status = VisitStatus.CANCELLED;
                    visit.cancelledAt = event.occurredAt;
                    visit.cancelReason = event.note;
                }
            }
            case DIAGNOSED -> visit.diagnosis = event.note;
            case PART_USED -> partUsed(visit, event);
            case NOTE, PHOTO_ADDED -> {
            }
        }
    }

    /** A dispatch moves only a visit not yet on site, but names the technicians of any open visit. */
    private static void dispatched(Visit visit, VisitEvent event, boolean open) {
        if (visit.status == VisitStatus.REQUESTED || visit.status == VisitStatus.DISPATCHED) {
            visit.status = VisitStatus.DISPATCHED;
            if (visit.dispatchedAt == null) {
                visit.dispatchedAt = event.occurredAt;
            }
        }
        if (open) {
            visit.technicianIds.clear();
            visit.technicianIds.addAll(event.technicians());
        }
    }

    /** The first arrival on site is the visit's arrival time; a later one only keeps it on site. */
    private static void arrived(Visit visit, VisitEvent event, boolean open) {
        if (open) {
            visit.status = VisitStatus.ON_SITE;
            if (visit.arrivedAt == null) {
                visit.arrivedAt = event.occurredAt;
            }
        }
    }

    /** A used part is listed once per event, however often the timeline is refolded. */
    private static void partUsed(Visit visit, VisitEvent event) {
        boolean logged = visit.parts.stream().anyMatch(p -> event.id.equals(p.sourceEventId));
        if (!logged) {
            UsedPart part = new UsedPart();
            part.partNumber = event.partNumber;
            part.quantity = event.quantity;
            part.billing = event.billing;
            part.sourceEventId = event.id;
            visit.parts.add(part);
        }
    }

    /**
     * Whether adding these events would move a finished visit: a status event after its end, or one that
     * would reopen or flip it. Late events that only fill in the past are fine.
     */
    public static boolean conflicts(Visit visit, List<VisitEvent> stored, List<VisitEvent> added) {
        java.time.Instant finalAt = finalAt(visit);
        if (finalAt == null) {
            return false;
        }
        if (added.stream().anyMatch(e -> e.type.changesStatus() && e.occurredAt.isAfter(finalAt))) {
            return true;
        }
        Visit probe = new Visit();
        probe.technicianIds = new java.util.LinkedHashSet<>(visit.technicianIds);
        probe.parts = new java.util.ArrayList<>(visit.parts);
        List<VisitEvent> all = new java.util.ArrayList<>(stored);
        all.addAll(added);
        apply(probe, all);
        return probe.status != visit.status;
    }

    /** When the visit reached its final state, or null while it is open. */
    public static java.time.Instant finalAt(Visit visit) {
        return visit.status == VisitStatus.COMPLETED ? visit.completedAt
                : visit.status == VisitStatus.CANCELLED ? visit.cancelledAt : null;
    }
}
