package io.fieldback.common;

import java.io.IOException;

/**
 * A shared store the request needs (the object store holding attachments and survey uploads) cannot be reached
 * or answers with a server error. It says nothing about the request: {@link ProblemMapper} answers 503 with
 * Retry-After, and the same request succeeds once the store is back. Whoever throws it has left nothing
 * half-stored behind.
 */
public class StoreUnavailableException extends IOException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
