package io.fieldback.announcement.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.announcement.AnnouncementStatus;
import io.fieldback.announcement.ReadReceiptView;
import io.fieldback.announcement.UnreadReport;
import io.fieldback.common.ApiException;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.TimeSource;
import io.fieldback.common.UuidV7;
import io.fieldback.security.Caller;

/** Read receipts (one per reader) and who has not read an announcement by its due date. */
@ApplicationScoped
class ReceiptService {

    private final AnnouncementService announcements;
    private final Caller caller;
    private final TimeSource time;
    private final AnnouncementConfig config;

    ReceiptService(AnnouncementService announcements, Caller caller, TimeSource time, AnnouncementConfig config) {
        this.announcements = announcements;
        this.caller = caller;
        this.time = time;
        this.config = config;
    }

    /** Marks it read for the caller; reading again keeps (and answers) the first receipt. */
    @Transactional
    ReadReceiptView read(UUID id) {
        Announcement a = announcements.visible(id);
        a.requireReadable();
        UUID station = caller.confinedToStation();
        UUID dealer = station != null
                ? Recipient.<Recipient>find("announcementId = ?1 and stationId = ?2", id, station).firstResult().dealerId
                : caller.confinedToDealer();
        // INSERT IGNORE: two taps at once on a phone make one receipt, never a duplicate-key error
        ((org.hibernate.query.NativeQuery<?>) Receipt.getEntityManager().createNativeQuery("INSERT IGNORE INTO announcement_receipts (id, version, "
                + "created_at, updated_at, announcement_id, reader, station_id, dealer_id, read_at) "
                + "VALUES (?1, 0, ?2, ?2, ?3, ?4, ?5, ?6, ?2)"))
                .setParameter(1, UuidV7.next()).setParameter(2, time.now()).setParameter(3, id)
                .setParameter(4, caller.name()).setParameter(5, station, UUID.class).setParameter(6, dealer).executeUpdate();
        Receipt receipt = Receipt.<Receipt>find("announcementId = ?1 and reader = ?2", id, caller.name()).firstResult();
        return view(receipt, a.dueEnd(config.timeZone()));
    }

    @Transactional
    Page<ReadReceiptView> receipts(UUID id, UUID stationId, PageParams paging) {
        Announcement a = announcements.visible(id);
        Instant dueEnd = a.dueEnd(config.timeZone());
        Filter filter = new Filter().eq("e.announcementId", id).eq("e.stationId", stationId)
                .eq("e.dealerId", caller.confinedToDealer());
        return Keyset.page(Receipt.class, filter, paging, r -> view(r, dueEnd));
    }

    @Transactional
    UnreadReport unread(UUID id) {
        Announcement a = announcements.visible(id);
        Instant dueEnd = a.dueEnd(config.timeZone());
        boolean passed = dueEnd != null && !time.now().isBefore(dueEnd);
        List<Recipient> reached = Recipient.list("announcementId = ?1 order by id", id);
        Map<UUID, Instant> firstRead = firstReadByStation(id);
        List<UnreadReport.Station> notRead = a.status == AnnouncementStatus.WITHDRAWN ? List.of()
                : reached.stream().filter(r -> !readOnTime(firstRead.get(r.stationId), dueEnd))
                        .map(r -> new UnreadReport.Station(r.stationId, r.dealerId, firstRead.get(r.stationId)))
                        .toList();
        int onTime = (int) reached.stream().filter(r -> readOnTime(firstRead.get(r.stationId), dueEnd)).count();
        return new UnreadReport(id, a.status, a.mandatory, a.dueDate, passed, reached.size(), onTime, notRead);
    }

    private static boolean readOnTime(Instant firstRead, Instant dueEnd) {
        return firstRead != null && Announcement.onTime(firstRead, dueEnd);
    }

    private static Map<UUID, Instant> firstReadByStation(UUID id) {
        Map<UUID, Instant> first = new HashMap<>();
        Receipt.getEntityManager().createQuery("select r.stationId, min(r.readAt) from Receipt r "
                + "where r.announcementId = :id and r.stationId is not null group by r.stationId", Object[].class)
                .setParameter("id", id).getResultList()
                .forEach(row -> first.put((UUID) row[0], (Instant) row[1]));
        return first;
    }

    private static ReadReceiptView view(Receipt r, Instant dueEnd) {
        if (r == null) {
            throw ApiException.notFound("receipt");
        }
        return new ReadReceiptView(r.id, r.announcementId, r.reader, r.stationId, r.dealerId, r.readAt,
                Announcement.onTime(r.readAt, dueEnd));
    }
}
