package io.fieldback.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CampaignFigures", description = "Completion of a campaign: items DONE over all items, with the counts")
public record CampaignFigures(UUID campaignId, String code, LocalDate deadline, Rate total,
        @Schema(description = "per station (items not yet at a station under a null stationId)") List<StationRate> stations,
        List<RegionRate> regions,
        @Schema(description = "cumulative completion at the end of each month since the start") List<MonthRate> months,
        @Schema(description = "items still open after the deadline (0 before it)") long openPastDeadline) {

    public record Rate(long items, long done, long notReachable, long notApplicable, long open,
            @Schema(description = "done / (items - notApplicable), 3 decimals; null when nothing applies")
            BigDecimal completionRate) {
    }

    public record StationRate(UUID stationId, Rate rate) {
    }

    public record RegionRate(String region, Rate rate) {
    }

    public record MonthRate(YearMonth month, Rate rate) {
    }
}
