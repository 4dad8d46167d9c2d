package io.fieldback.station;

import java.util.UUID;

import io.fieldback.common.Page;
import io.fieldback.common.PageParams;

/** Dealers, within the caller's tenancy (part of the station feature's facade). */
public interface DealerService {

    DealerView create(DealerRequest request);

    DealerView get(UUID id);

    Page<DealerView> list(String code, Boolean active, PageParams paging);

    DealerView update(UUID id, DealerRequest request, String ifMatch);

    void deactivate(UUID id);

    /** True when the dealer exists (active or not); for features that reference dealers. */
    boolean exists(UUID id);

    /** Whether the dealer's system may register unknown customers and equipment during a sync. */
    boolean mayCreateCustomers(UUID dealerId);
}
