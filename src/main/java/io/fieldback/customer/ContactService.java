package io.fieldback.customer;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.fieldback.common.Page;
import io.fieldback.common.PageParams;

/** A customer's contacts, within the caller's tenancy unless a method says otherwise (part of the customer facade). */
public interface ContactService {

    ContactView create(UUID customerId, ContactRequest request);

    Page<ContactView> list(UUID customerId, Boolean active, PageParams paging);

    ContactView get(UUID customerId, UUID id);

    ContactView update(UUID customerId, UUID id, ContactRequest request, String ifMatch);

    void deactivate(UUID customerId, UUID id);

    /**
     * The contact follow-up calls go to: the active preferred one, else the active contact registered
     * first; null when the customer has no active contact. Ignores the caller's tenancy (system use).
     */
    ContactView callTarget(UUID customerId);

    /** The contact whatever the caller's tenancy (system use: notifications); null when there is none. */
    ContactView system(UUID id);

    /** Several contacts whatever the caller's tenancy, in one query (system use: a batch of notifications). */
    List<ContactView> system(Collection<UUID> ids);

    /** A customer's active contacts, the preferred one first; ignores the caller's tenancy (system use). */
    List<ContactView> activeContacts(UUID customerId);

    /**
     * The active contacts of several customers by customer, each list as {@link #activeContacts(UUID)} gives it (so
     * its first is the {@link #callTarget}); one query, customers without any left out. Ignores tenancy.
     */
    java.util.Map<UUID, List<ContactView>> activeContacts(Collection<UUID> customerIds);
}
