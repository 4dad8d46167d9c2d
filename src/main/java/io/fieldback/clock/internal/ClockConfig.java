package io.fieldback.clock.internal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fieldback.clock")
public interface ClockConfig {

    Escalation escalation();

    interface Escalation {

        /** How often the job looks for missed deadlines. */
        @WithDefault("1m")
        String every();

        /** Clocks escalated per transaction. */
        @WithDefault("200")
        int batchSize();
    }
}
