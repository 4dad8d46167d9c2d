package io.fieldback.announcement.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.announcement.AnnouncementPublished;
import io.fieldback.announcement.AnnouncementStatus;
import io.fieldback.announcement.AnnouncementView;
import io.fieldback.announcement.internal.AnnouncementRequest.AddresseesRequest;
import io.fieldback.common.ApiException;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.ETags;
import io.fieldback.common.FieldError;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.security.Caller;
import io.fieldback.station.StationView;

/**
 * Drafts, publication and withdrawal by the manufacturer's staff; what a station or dealer sees is what
 * reached it at publication (the stations are fixed then, see {@link Audience}).
 */
@ApplicationScoped
class AnnouncementService {

    private final Audience audience;
    private final Caller caller;
    private final TimeSource time;
    private final AnnouncementConfig config;
    private final DomainEvents events;

    AnnouncementService(Audience audience, Caller caller, TimeSource time, AnnouncementConfig config,
            DomainEvents events) {
        this.audience = audience;
        this.caller = caller;
        this.time = time;
        this.config = config;
        this.events = events;
    }

    @Transactional
    AnnouncementView create(AnnouncementRequest request) {
        check(request);
        Announcement a = new Announcement();
        a.id = UuidV7.next();
        fill(a, request);
        a.createdBy = caller.name();
        a.persist();
        Announcement.flush();
        return Views.of(a);
    }

    /** A draft replaced as a whole (If-Match); a published or withdrawn one went out as it is: 409. */
    @Transactional
    AnnouncementView update(UUID id, AnnouncementRequest request, String ifMatch) {
        Announcement a = locked(id);
        ETags.require(ifMatch, a.version);
        a.requireDraft("it is edited");
        check(request);
        fill(a, request);
        Announcement.flush();
        return Views.of(a);
    }

    /** A draft deleted with its documents' rows; returns the storage keys to remove once this has committed. */
    @Transactional
    List<String> delete(UUID id) {
        Announcement a = locked(id);
        a.requireDraft("it is deleted");
        List<String> keys = AnnouncementAttachment.<AnnouncementAttachment>list("announcementId", id).stream()
                .map(f -> f.storageKey).toList();
        AnnouncementAttachment.delete("announcementId", id);
        a.delete();
        return keys;
    }

    private void check(AnnouncementRequest request) {
        List<FieldError> errors = new ArrayList<>(audience.check(request.addressees()));
        checkDueDate(request, errors);
        if (!errors.isEmpty()) {
            throw new ApiException(400, "validation", "Invalid request", errors.get(0).field() + ": "
                    + errors.get(0).message(), errors);
        }
    }

    private static void fill(Announcement a, AnnouncementRequest request) {
        a.title = request.title();
        a.body = request.body();
        a.kind = request.kind();
        a.mandatory = request.mandatory();
        a.dueDate = request.dueDate();
        AddresseesRequest to = request.addressees();
        a.allStations = Boolean.TRUE.equals(to.allStations());
        a.dealerIds = to.dealerIds() == null ? new HashSet<>() : new HashSet<>(to.dealerIds());
        a.regions = to.regions() == null ? new HashSet<>() : new HashSet<>(to.regions());
        a.productSeries = to.productSeries() == null ? new HashSet<>() : new HashSet<>(to.productSeries());
    }

    @Transactional
    Page<AnnouncementView> list(AnnouncementStatus status, PageParams paging) {
        Filter filter = new Filter().eq("e.status", status);
        UUID station = caller.confinedToStation();
        UUID dealer = caller.confinedToDealer();
        if (station != null || dealer != null) {
            filter.clause("e.status <> :p", AnnouncementStatus.DRAFT)
                    .clause("exists (select 1 from Recipient r where r.announcementId = e.id and r.stationId = :p)", station)
                    .clause("exists (select 1 from Recipient r where r.announcementId = e.id and r.dealerId = :p)", dealer);
        }
        return Keyset.page(Announcement.class, filter, paging, Views::of);
    }

    @Transactional
    AnnouncementView get(UUID id) {
        return Views.of(visible(id));
    }

    @Transactional
    AnnouncementView publish(UUID id) {
        Announcement a = locked(id);
        a.requireDraft("publishing");
        if (a.dueDate != null && a.dueDate.isBefore(today())) {
            throw ApiException.conflict("the due date " + a.dueDate + " is past: make a new announcement with a "
                    + "due date from today on");
        }
        List<StationView> stations = audience.resolve(a);
        if (stations.isEmpty()) {
            throw ApiException.conflict("the addressees reach no active station today: nothing would be published");
        }
        a.publish(time.now());
        for (StationView s : stations) {
            Recipient r = new Recipient();
            r.id = UuidV7.next();
            r.announcementId = a.id;
            r.stationId = s.id();
            r.dealerId = s.dealerId();
            r.persist();
        }
        events.record(AnnouncementPublished.TOPIC, a.id, null, new AnnouncementPublished(a.id, a.title, a.kind,
                a.mandatory, a.dueDate, stations.size(), a.publishedAt));
        Announcement.flush();
        return Views.of(a);
    }

    @Transactional
    AnnouncementView withdraw(UUID id) {
        Announcement a = locked(id);
        a.withdraw(time.now());
        Announcement.flush();
        return Views.of(a);
    }

    /** The announcement if the caller may see it: staff all, a station or dealer the published ones that reached it. */
    Announcement visible(UUID id) {
        Announcement a = Announcement.findById(id);
        UUID station = caller.confinedToStation();
        UUID dealer = caller.confinedToDealer();
        boolean tenant = station != null || dealer != null;
        if (a == null || tenant && (a.status == AnnouncementStatus.DRAFT || !Recipient.reaches(id, station, dealer))) {
            throw ApiException.notFound("announcement " + id);
        }
        return a;
    }

    LocalDate today() {
        return LocalDate.ofInstant(time.now(), config.timeZone());
    }

    private Announcement locked(UUID id) {
        // locked by id first: Hibernate's FOR UPDATE OF is not MariaDB's (see RowLocks)
        Announcement a = io.fieldback.common.RowLocks.lock("announcements", id) ? Announcement.findById(id) : null;
        if (a == null) {
            throw ApiException.notFound("announcement " + id);
        }
        return a;
    }

    private void checkDueDate(AnnouncementRequest request, List<FieldError> errors) {
        if (request.mandatory() && request.dueDate() == null) {
            errors.add(new FieldError("dueDate", "a mandatory announcement needs the day by which it must be read"));
        }
        if (request.dueDate() != null && request.dueDate().isBefore(today())) {
            errors.add(new FieldError("dueDate", request.dueDate() + " is in the past (today is " + today() + " in "
                    + config.timeZone() + ")"));
        }
    }
}
