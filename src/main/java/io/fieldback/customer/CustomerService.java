package io.fieldback.customer;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.common.Page;
import io.fieldback.common.PageParams;

/**
 * Customers, within the caller's tenancy unless a method says otherwise (the customer feature's facade). A
 * customer's name is answered in clear or masked as {@link io.fieldback.privacy.PersonalData} decides.
 */
public interface CustomerService {

    /** The list filters of GET /customers. */
    record Criteria(Relationship relationship, Importance importance, String region, String province,
            Boolean doNotCall, String namePrefix, String phone, UUID dealerId, Boolean active) {
    }

    CustomerView create(CustomerRequest request);

    CustomerView get(UUID id);

    Page<CustomerView> list(Criteria criteria, PageParams paging);

    CustomerView update(UUID id, CustomerRequest request, String ifMatch);

    void deactivate(UUID id);

    /** Whether the customer exists and the caller may see it; for features that reference customers. */
    boolean isVisible(UUID id);

    /** Which of these codes any customer, visible to the caller or not, already has; one query (bulk syncs). */
    java.util.Set<String> takenCodes(Collection<String> codes);

    /** Ids of the customers with these codes that the caller may see, by code; for bulk syncs. */
    Map<String, UUID> visibleIdsByCode(Collection<String> codes);

    /** Customers with these codes or ids whatever the caller's tenancy, in one query; for bulk imports (survey). */
    List<CustomerView> findByCodesOrIds(Collection<String> codes, Collection<UUID> ids);

    /**
     * The customer whatever the caller's tenancy, or null; for features acting for the system (scheduled
     * jobs) or for roles that see every customer.
     */
    CustomerView find(UUID id);
}
