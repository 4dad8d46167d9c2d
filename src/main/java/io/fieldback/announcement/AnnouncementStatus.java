package io.fieldback.announcement;

/** DRAFT (staff only) → PUBLISHED (its stations see it) → WITHDRAWN (still listed, no longer read). */
public enum AnnouncementStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}
