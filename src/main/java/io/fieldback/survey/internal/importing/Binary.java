package io.fieldback.survey.internal.importing;

import java.nio.ByteBuffer;
import java.util.UUID;

/** UUIDs as the BINARY(16) the survey tables hold, for the import's native statements. */
public final class Binary {

    private Binary() {
    }

    public static byte[] bytes(UUID id) {
        if (id == null) {
            return null;
        }
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
