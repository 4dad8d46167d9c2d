package io.fieldback.campaign.internal;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.booking.BookingChanged;
import io.fieldback.common.DomainEvents;
import io.fieldback.visit.VisitCompleted;
import io.quarkus.scheduler.Scheduled;

/** Confirmed appointments and completed visits reach campaigns through the outbox, as a further reader. */
@ApplicationScoped
public class CampaignReaders {

    private final DomainEvents events;
    private final ItemMoves moves;

    CampaignReaders(DomainEvents events, ItemMoves moves) {
        this.events = events;
        this.moves = moves;
    }

    @Scheduled(identity = "campaign-readers", every = "${fieldback.campaign.reader-every:10s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runOnce();
    }

    /** Reads every confirmed booking and completed visit not yet read; returns how many moved an item. */
    public int runOnce() {
        int booked = events.consume("campaign", BookingChanged.CONFIRMED,
                event -> moves.booked(events.payload(event, BookingChanged.class)));
        booked += events.consume("campaign", BookingChanged.CHANGED,
                event -> moves.bookingChanged(events.payload(event, BookingChanged.class)));
        return booked + events.consumeBatches("campaign", VisitCompleted.TOPIC,
                batch -> moves.visitsCompleted(events.payloads(batch, VisitCompleted.class)));
    }
}
