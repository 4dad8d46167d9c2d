package io.fieldback.survey.internal.importing;

/**
 * Called inside each chunk's transaction after its rows were written, before it commits. Production has no
 * use for it ({@link NoChunkHook}); tests replace it to stop a run where a crash would.
 */
public interface ChunkHook {

    /** {@code chunk}: 0-based, counted per run of the importer. */
    void afterChunkWritten(int chunk);
}
