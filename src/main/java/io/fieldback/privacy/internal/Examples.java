package io.fieldback.privacy.internal;

/** Request examples of the privacy endpoints, for the contract. */
final class Examples {

    static final String ERASURE = """
            {"reason": "Customer's written request of 2026-11-20 (ticket GDPR-0042)"}""";

    private Examples() {
    }
}
