package io.fieldback.announcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A notice went out to the stations it reaches (fixed at this moment); notification rules may tell them. */
public record AnnouncementPublished(UUID announcementId, String title, AnnouncementKind kind, boolean mandatory,
        LocalDate dueDate, int stationsAddressed, Instant publishedAt) {

    public static final String TOPIC = "announcement.published";
}
