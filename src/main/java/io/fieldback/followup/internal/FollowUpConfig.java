package io.fieldback.followup.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.fieldback.customer.Relationship;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the follow-up calls (README, "Follow-up calls"). */
@ConfigMapping(prefix = "fieldback.followup")
public interface FollowUpConfig {

    /** How long after a completed visit its follow-up call is due. */
    @WithDefault("P7D")
    Duration delay();

    /** A customer with another call due within this span (either side) is not called again: no over-calling. */
    @WithDefault("P30D")
    Duration recentCallWindow();

    /**
     * Equipment delivered less than this before the call is due is not past its delivery milestone:
     * new deliveries have their own hand-over call.
     */
    @WithDefault("P30D")
    Duration deliveryMilestone();

    /** Customer relationships with their own reporting channel; their calls are not eligible. None by default. */
    Optional<Set<Relationship>> excludedRelationships();

    /** The time zone of the contacts' call windows and of sample dates. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    /** A claimed call goes back to the queue when its agent records no attempt within this time. */
    @WithDefault("PT15M")
    Duration claimTimeout();

    /** Unanswered attempts (no answer, busy) after which a call is unreachable. */
    @WithDefault("3")
    int maxAttempts();

    /** The least time between two unanswered attempts of one call. */
    @WithDefault("PT2H")
    Duration attemptInterval();

    /** How far ahead of the server's clock an attempt's start time may be. */
    @WithDefault("PT5M")
    Duration clockTolerance();

    /**
     * Product lines and the equipment series they cover, e.g. {@code heavy-duty-diesel=YC6K,YC6L}. Calls
     * are routed by product line; a series listed under no line is its own line.
     */
    Map<String, List<String>> productLines();

    Scheduler scheduler();

    Screening screening();

    Sampling sampling();

    SecondSatisfaction secondSatisfaction();

    AfterDelivery afterDelivery();

    interface AfterDelivery {
        /** A machine's after-delivery call is due this long after its delivery date (start of day, time-zone). */
        @WithDefault("P7D")
        Duration delay();

        /** How often delivered machines are turned into calls ("off" disables the job on this instance). */
        @WithDefault("1h")
        String every();

        /** Deliveries whose call fell due longer ago than this get none (a late delivery date, a new installation). */
        @WithDefault("P30D")
        Duration lookback();
    }

    interface SecondSatisfaction {
        /** How often closed complaints get their second-satisfaction call ("off" disables it on this instance). */
        @WithDefault("30s")
        String every();

        /** A closed complaint's second-satisfaction call is due this long after closure (PT0S: at once). */
        @WithDefault("PT0S")
        Duration delay();
    }

    interface Scheduler {
        /** How often completed visits are turned into calls ("off" disables the job on this instance). */
        @WithDefault("30s")
        String every();
    }

    interface Screening {
        /** A completed call shorter than this with every answer at the top mark is flagged perfunctory. */
        @WithDefault("PT60S")
        Duration perfunctoryUnder();
    }

    interface Sampling {
        /** Daily sampling mode: call a proportional sample of the eligible customers instead of everyone due. */
        @WithDefault("false")
        boolean enabled();

        /** How many calls the day's sample holds. */
        @WithDefault("100")
        int dailySize();

        /** When the day's sample is drawn, in the follow-up time zone ("off" disables it on this instance). */
        @WithDefault("0 0 8 * * ?")
        String cron();
    }
}
