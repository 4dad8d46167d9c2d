package io.fieldback.campaign;

public enum CampaignKind {
    RECALL, INSPECTION, RETROFIT, SERVICE_MONTH
}
