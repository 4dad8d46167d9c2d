package io.fieldback.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The demo network for a newcomer's first look (README, "First call"). */
@ConfigMapping(prefix = "fieldback.demo")
public interface DemoConfig {

    /** Seed the demo network into an empty database at start; true in dev mode only. */
    @WithDefault("false")
    boolean enabled();
}
