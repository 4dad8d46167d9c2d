package io.fieldback.sync.internal;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fieldback.sync")
public interface SyncConfig {

    /** How far ahead of the server's clock a dealer's timestamps may be. */
    @WithDefault("PT5M")
    Duration clockTolerance();

    /** Largest bulk request body (bytes); 5,000 full repair orders fit comfortably. */
    @WithDefault("12582912")
    long maxBodyBytes();

    /**
     * How often committed events are numbered for the dealer feed in the background; "off" leaves it to the feed's
     * reads, which number what is committed before they read.
     */
    @WithDefault("1s")
    String sequencerInterval();

    /** How many events one run of the feed sequencer numbers at most. */
    @WithDefault("5000")
    int sequencerBatch();
}
