package io.fieldback.visit;

import java.util.List;

/** requested -> dispatched -> on site -> completed, or cancelled from any state that is not final. */
public enum VisitStatus {
    REQUESTED, DISPATCHED, ON_SITE, COMPLETED, CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }

    /** The states a visit in this state may move to. */
    public List<VisitStatus> next() {
        return switch (this) {
            case REQUESTED -> List.of(DISPATCHED, ON_SITE, CANCELLED);
            case DISPATCHED -> List.of(DISPATCHED, ON_SITE, CANCELLED);
            case ON_SITE -> List.of(COMPLETED, CANCELLED);
            case COMPLETED, CANCELLED -> List.of();
        };
    }
}
