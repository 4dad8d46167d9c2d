package io.fieldback.dispatch;

/** A rule a technician must meet to take a visit; each candidate left out names the ones they broke. */
public enum HardRule {
    OTHER_STATION("belongs to a station that does not dispatch this visit"),
    NO_SKILL("has no skill for the machine's product series"),
    NO_VALID_CERTIFICATION("holds no certification for the machine's series valid on the visit's day"),
    NOT_ON_SHIFT("has no shift within the visit's time window"),
    ABSENT("is absent on the visit's day"),
    DAILY_CAP_REACHED("already has the most jobs a day they take on the visit's day"),
    RESTRICTED_FOR_CUSTOMER("must not be sent to this customer");

    private final String meaning;

    HardRule(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }
}
