package io.fieldback.campaign;

/** What other features (warranty) may ask the campaign feature. */
public interface Campaigns {

    /** Whether a campaign with this code exists. */
    boolean exists(String code);
}
