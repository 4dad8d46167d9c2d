package io.fieldback.announcement.internal;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "fieldback.announcements")
public interface AnnouncementConfig {

    /** Largest document attached to an announcement (bytes). */
    @WithDefault("20971520")
    long attachmentMaxBytes();

    /** The zone whose calendar days due dates are: a due date ends at midnight there. */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();
}
