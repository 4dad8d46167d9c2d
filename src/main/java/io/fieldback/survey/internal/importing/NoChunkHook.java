package io.fieldback.survey.internal.importing;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/** The production hook: nothing happens between writing a chunk and committing it. */
@DefaultBean
@ApplicationScoped
class NoChunkHook implements ChunkHook {

    @Override
    public void afterChunkWritten(int chunk) {
        // nothing
    }
}
