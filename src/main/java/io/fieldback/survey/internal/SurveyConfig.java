package io.fieldback.survey.internal;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the vendor uploads (README, "Survey uploads"). */
@ConfigMapping(prefix = "fieldback.survey")
public interface SurveyConfig {

    /** The largest upload accepted, in bytes (413 past it, before the body is read when it declares its length). */
    @WithDefault("209715200")
    long maxUploadBytes();

    /** Where uploaded files are kept until their batch is done (shared by all instances in a cluster). */
    @WithDefault("data/survey-uploads")
    String spoolDir();

    /** Rows validated, stored and checkpointed per transaction. */
    @WithDefault("1000")
    int chunkRows();

    /** Whether a finished batch's file is deleted (its rows and rejections stay). */
    @WithDefault("true")
    boolean deleteFinishedFiles();

    Worker worker();

    interface Worker {

        /** How often each instance looks for batches to import ("off": never on this instance). */
        @WithDefault("5s")
        String every();

        /** Whether an upload starts its import at once on the instance that took it (else at the next run). */
        @WithDefault("true")
        boolean startOnUpload();

        /** How long a claimed batch stays with its instance without a checkpoint; then another resumes it. */
        @WithDefault("PT2M")
        Duration lease();

        /** Claims of one batch (crashes, errors) before it is marked FAILED. */
        @WithDefault("5")
        int maxAttempts();
    }
}
