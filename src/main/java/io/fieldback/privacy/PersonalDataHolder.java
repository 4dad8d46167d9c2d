package io.fieldback.privacy;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A feature that keeps copies of a customer's personal data, and scrubs its own rows under its own rules when the
 * customer is erased. {@link ErasureService} calls every holder in one transaction; no feature writes another's
 * tables.
 */
public interface PersonalDataHolder {

    /** Which count of the erasure's answer this holder's rows make. */
    enum Scope { CUSTOMERS, CONTACTS, FOLLOW_UPS, COMPLAINTS }

    Scope scope();

    /** The personal values it holds about the customer, read before any holder scrubs (to find them elsewhere). */
    Set<String> personalValues(UUID customerId);

    /** Replaces them with {@link Masking}'s placeholders; returns the rows changed (0 when already erased). */
    int erase(UUID customerId, Instant now);
}
