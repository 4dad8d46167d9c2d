package io.fieldback.visit.internal;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fieldback.visits")
public interface VisitConfig {

    /** How far ahead of the server's clock a phone's timestamp may be before it is refused. */
    @WithDefault("PT5M")
    Duration clockTolerance();

    /**
     * The delta feed leaves out changes younger than this, so a transaction that committed a moment
     * late cannot slip behind a cursor a phone has already passed.
     */
    @WithDefault("PT2S")
    Duration feedSettle();

    /** Largest photo, signature or document accepted (bytes). */
    @WithDefault("10485760")
    long attachmentMaxBytes();

    /** Where attachments are stored (the file-system store). */
    @WithDefault("data/attachments")
    String attachmentDir();
}
