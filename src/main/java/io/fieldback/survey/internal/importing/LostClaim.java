package io.fieldback.survey.internal.importing;

/** Another instance took the batch over (this worker's lease ran out): the chunk in flight is rolled back. */
final class LostClaim extends RuntimeException {

    LostClaim() {
        super("claim lost", null, false, false);
    }
}
