package io.fieldback.followup;

import io.fieldback.followup.internal.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.fieldback.customer.Relationship;

@Schema(name = "FollowUpSample", description = "A day's sample: the eligible calls waiting for it and those drawn, by relationship type")
public record SampleView(UUID id, LocalDate date, int requestedSize, int population, int selected,
        List<Stratum> strata, String createdBy, Instant createdAt) {

    @Schema(name = "FollowUpSampleStratum")
    public record Stratum(Relationship relationship, int population,
            @Schema(description = "share of the population, 0 to 1") double populationShare,
            @Schema(description = "the exact proportional quota before rounding") double exactQuota,
            @Schema(description = "drawn: the quota rounded by largest remainder") int selected,
            @Schema(description = "share of the sample, 0 to 1") double sampleShare) {
    }

    public static SampleView of(Sample s) {
        int[] population = s.population.toArray();
        int[] selected = s.selected.toArray();
        int populationTotal = population[0] + population[1] + population[2];
        int selectedTotal = selected[0] + selected[1] + selected[2];
        Relationship[] order = Relationship.values();
        List<Stratum> strata = new java.util.ArrayList<>();
        for (int i = 0; i < order.length; i++) {
            double share = populationTotal == 0 ? 0 : (double) population[i] / populationTotal;
            strata.add(new Stratum(order[i], population[i], round(share),
                    round(share * Math.min(s.requestedSize, populationTotal)), selected[i],
                    selectedTotal == 0 ? 0 : round((double) selected[i] / selectedTotal)));
        }
        return new SampleView(s.id, s.sampleDate, s.requestedSize, populationTotal, selectedTotal, strata, s.createdBy,
                s.createdAt);
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
