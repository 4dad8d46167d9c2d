package io.fieldback.announcement;

/** What a notice to the stations is. */
public enum AnnouncementKind {
    TECHNICAL_BULLETIN, POLICY_CHANGE, SERVICE_NOTICE, TRAINING, OTHER
}
