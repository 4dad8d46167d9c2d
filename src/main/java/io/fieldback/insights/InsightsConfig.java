package io.fieldback.insights;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the figures (README, "Insights"). Which questionnaire item stands for which of the five
 * dimensions, and which items make up each part of the satisfaction index, are item codes, so a new
 * questionnaire version only needs new codes here.
 */
@ConfigMapping(prefix = "fieldback.insights")
public interface InsightsConfig {

    /** The zone whose calendar days, ISO weeks and months the periods use. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** The "satisfied" item of each of the five dimensions. */
    Items items();

    Index index();

    Rollup rollup();

    /** The daily read model behind long reports (README, "Insights read model"). */
    interface Rollup {
        /** Five-dimension reports over at least this many days (not confined to one station) read the read model. */
        @WithDefault("28")
        int minDays();

        /** How often marked days are rebuilt in the background ("off": only before a report that needs them). */
        @WithDefault("10s")
        String refreshEvery();
    }

    interface Items {
        @WithDefault("quality_satisfied")
        String productQuality();

        @WithDefault("attitude_satisfied")
        String serviceAttitude();

        @WithDefault("speed_satisfied")
        String responseSpeed();

        @WithDefault("proactive_satisfied")
        String proactiveSolving();

        /** The fifth item, "anything else to report": satisfied = no problem raised in it. */
        @WithDefault("other_feedback")
        String other();
    }

    interface Index {
        Weights weights();

        /** Items whose answers make up perceived product quality. */
        @WithDefault("quality_satisfied,quality_score")
        List<String> qualityItems();

        /** Items whose answers make up perceived service. */
        @WithDefault("attitude_satisfied,attitude_score,speed_satisfied,speed_score,proactive_satisfied,proactive_score")
        List<String> serviceItems();

        /** Items whose answers make up loyalty (would recommend / come back). The v1 questionnaire has none. */
        Optional<List<String>> loyaltyItems();
    }

    interface Weights {
        @WithDefault("0.35")
        BigDecimal quality();

        @WithDefault("0.35")
        BigDecimal service();

        @WithDefault("0.20")
        BigDecimal loyalty();

        @WithDefault("0.10")
        BigDecimal complaints();
    }
}
