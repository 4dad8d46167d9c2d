package io.fieldback.announcement.internal;

import java.util.List;
import java.util.Set;

import io.fieldback.announcement.AnnouncementAttachmentView;
import io.fieldback.announcement.AnnouncementStatus;
import io.fieldback.announcement.AnnouncementView;

final class Views {

    private Views() {
    }

    static AnnouncementView of(Announcement a) {
        List<AnnouncementAttachmentView> files = AnnouncementAttachment
                .<AnnouncementAttachment>list("announcementId = ?1 order by id", a.id).stream()
                .map(AnnouncementAttachment::view).toList();
        Integer reached = a.status == AnnouncementStatus.DRAFT ? null
                : (int) Recipient.count("announcementId", a.id);
        return new AnnouncementView(a.id, a.title, a.body, a.kind, a.mandatory, a.dueDate, a.status,
                new AnnouncementView.Addressees(a.allStations, Set.copyOf(a.dealerIds), Set.copyOf(a.regions),
                        Set.copyOf(a.productSeries)),
                reached, files, a.createdBy, a.publishedAt, a.withdrawnAt, a.version, a.createdAt, a.updatedAt);
    }
}
