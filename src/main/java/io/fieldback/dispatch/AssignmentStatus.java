package io.fieldback.dispatch;

import java.util.List;

/**
 * PROPOSED -> ASSIGNED -> ACCEPTED | DECLINED -> EN_ROUTE -> ON_SITE; the dispatcher may WITHDRAW any
 * assignment that is not on site yet. Accepted ones are pinned: no re-plan moves them.
 */
public enum AssignmentStatus {
    PROPOSED, ASSIGNED, ACCEPTED, DECLINED, EN_ROUTE, ON_SITE, WITHDRAWN;

    /** Still holds the visit (the visit is not back in the queue). */
    public boolean isLive() {
        return this != DECLINED && this != WITHDRAWN;
    }

    /** The technician committed to it: a day plan keeps it where it is. */
    public boolean isPinned() {
        return this == ACCEPTED || this == EN_ROUTE || this == ON_SITE;
    }

    /**
     * The states the technician's phone may move an assignment in this state to. Setting off or arriving
     * accepts it implicitly: an offline phone may not have sent its ACCEPTED first.
     */
    public List<AssignmentStatus> phoneNext() {
        return switch (this) {
            case ASSIGNED -> List.of(ACCEPTED, DECLINED, EN_ROUTE, ON_SITE);
            case ACCEPTED -> List.of(EN_ROUTE, ON_SITE, DECLINED);
            case EN_ROUTE -> List.of(ON_SITE);
            default -> List.of();
        };
    }
}
