package io.fieldback.station.internal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.ReferenceData;
import io.fieldback.security.Caller;
import io.fieldback.security.TenantDirectory;
import io.fieldback.station.DealerRequest;
import io.fieldback.station.DealerService;
import io.fieldback.station.DealerView;

/** Dealers: the station feature's dealer directory, which security asks whether a dealer exists. */
@ApplicationScoped
class DealerRegistry implements DealerService, TenantDirectory {

    @Override
    public Kind kind() {
        return Kind.DEALER;
    }

    private static final ReferenceData<Dealer> DEALERS = new ReferenceData<>(Dealer.class, "dealer");

    private final Caller caller;

    public DealerRegistry(Caller caller) {
        this.caller = caller;
    }

    @Transactional
    public DealerView create(DealerRequest request) {
        Dealer dealer = new Dealer();
        apply(dealer, request);
        return Views.dealer(DEALERS.create(request.code(), dealer));
    }

    @Transactional
    public DealerView get(UUID id) {
        return Views.dealer(visible(id));
    }

    @Transactional
    public Page<DealerView> list(String code, Boolean active, PageParams paging) {
        Filter filter = new Filter().eq("e.code", code).eq("e.active", active == null ? Boolean.TRUE : active)
                .eq("e.id", caller.confinedToDealer());
        return Keyset.page(Dealer.class, filter, paging, Views::dealer);
    }

    @Transactional
    public DealerView update(UUID id, DealerRequest request, String ifMatch) {
        return Views.dealer(DEALERS.replace(visible(id), ifMatch, request.code(), dealer -> apply(dealer, request)));
    }

    @Transactional
    public void deactivate(UUID id) {
        visible(id).active = false;
    }

    /** True when the dealer exists (active or not); for features that reference dealers. */
    @Transactional
    @Override
    public boolean exists(UUID id) {
        return DEALERS.exists(id);
    }

    Dealer visible(UUID id) {
        return DEALERS.find(id, caller.confinedToDealer());
    }

    /** Whether the dealer's system may register unknown customers and equipment during a sync. */
    @Transactional
    public boolean mayCreateCustomers(UUID dealerId) {
        Dealer dealer = Dealer.findById(dealerId);
        return dealer != null && dealer.mayCreateCustomers;
    }

    private static void apply(Dealer dealer, DealerRequest request) {
        dealer.code = request.code();
        dealer.name = request.name();
        dealer.mayCreateCustomers = Boolean.TRUE.equals(request.mayCreateCustomers());
    }
}
