package io.fieldback.survey;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.survey.internal.importing.ChunkHook;

/**
 * Test-only: makes the importer "crash" inside the transaction of one chunk, after its rows were written. The
 * crash is an {@link Error}, which the importer does not handle: the chunk is rolled back and the claim stays
 * held until its lease runs out, as when a process is killed. Replaces the production hook (a default bean).
 */
@ApplicationScoped
public class CrashingChunkHook implements ChunkHook {

    private volatile int crashInChunk = -1;

    /** The next runs crash in chunk {@code chunk} (0-based, counted per run); -1 turns it off. */
    public void crashInChunk(int chunk) {
        crashInChunk = chunk;
    }

    @Override
    public void afterChunkWritten(int chunk) {
        if (chunk == crashInChunk) {
            throw new SimulatedCrash();
        }
    }

    /** A simulated crash: leaves the claim held and the chunk rolled back, as a killed process would. */
    public static final class SimulatedCrash extends Error {

        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("simulated crash");
        }
    }
}
