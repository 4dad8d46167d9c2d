package io.fieldback.complaint;

import java.util.UUID;

import io.fieldback.common.Page;
import io.fieldback.common.PageParams;

/** Takes in complaints and finds them, within the caller's tenancy (the complaint feature's facade). */
public interface ComplaintService {

    /** The list filters of GET /complaints. */
    record Criteria(ComplaintStatus status, Category category, Severity severity, UUID customerId,
            Boolean overdue) {
    }

    /**
     * Takes in a complaint and starts its clocks; one about the same visit by the same customer within the
     * duplicate window is stored too, linked to the earlier one.
     */
    ComplaintView create(ComplaintRequest request);

    ComplaintView get(UUID id);

    Page<ComplaintSummary> list(Criteria criteria, PageParams paging);
}
