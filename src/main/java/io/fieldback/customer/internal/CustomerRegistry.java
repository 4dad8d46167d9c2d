package io.fieldback.customer.internal;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.DomainEvents;
import io.fieldback.common.ETags;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.customer.CustomerChanged;
import io.fieldback.customer.CustomerImportanceChanged;
import io.fieldback.customer.CustomerRequest;
import io.fieldback.customer.CustomerSegmentChanged;
import io.fieldback.customer.CustomerService;
import io.fieldback.customer.CustomerView;
import io.fieldback.customer.Importance;
import io.fieldback.customer.Relationship;
import io.fieldback.privacy.AuditAction;
import io.fieldback.privacy.PersonalData;
import io.fieldback.region.ProvinceMoved;
import io.fieldback.region.Regions;
import io.fieldback.security.Caller;
import io.fieldback.station.DealerService;
import io.fieldback.station.StationService;

/** Customers, seen through the caller's tenancy; tells others what an update changed. */
@ApplicationScoped
class CustomerRegistry implements CustomerService {

    private final Caller caller;
    private final DealerService dealers;
    private final StationService stations;
    private final PersonalData privacy;
    private final Regions regions;
    private final Event<CustomerChanged> changes;
    private final Event<CustomerSegmentChanged> segments;
    private final DomainEvents events;

    public CustomerRegistry(Caller caller, DealerService dealers, StationService stations, PersonalData privacy,
            Regions regions, Event<CustomerChanged> changes, Event<CustomerSegmentChanged> segments,
            DomainEvents events) {
        this.segments = segments;
        this.changes = changes;
        this.events = events;
        this.caller = caller;
        this.dealers = dealers;
        this.stations = stations;
        this.privacy = privacy;
        this.regions = regions;
    }

    /**
     * Which customers a tenant-bound caller sees: a dealer those its dealer serves; a station manager or
     * technician those the dealer of their station serves, plus customers no dealer serves yet (walk-ins
     * registered on site). Null for roles that see every customer.
     */
    record Tenancy(UUID dealerId, boolean unassignedToo) {

        boolean sees(Customer customer) {
            return sees(customer.dealerId);
        }

        boolean sees(UUID customerDealerId) {
            return dealerId.equals(customerDealerId) || (unassignedToo && customerDealerId == null);
        }
    }

    Tenancy tenancy() {
        UUID dealer = caller.confinedToDealer();
        if (dealer != null) {
            return new Tenancy(dealer, false);
        }
        UUID station = caller.confinedToStation();
        if (station != null) {
            UUID stationDealer = stations.dealerOf(station);
            // an unknown station sees no dealer's customers
            return new Tenancy(stationDealer == null ? new UUID(0, 0) : stationDealer, true);
        }
        return null;
    }

    @Transactional
    public CustomerView create(CustomerRequest request) {
        requireFreeCode(request.code(), null);
        Customer customer = new Customer();
        customer.dealerId = servingDealer(request.dealerId());
        apply(customer, request, regions.place(request.region(), request.province(), null));
        // flushed here so that a unique value taken meanwhile by a concurrent request fails inside
        // the service (409) rather than at commit (500)
        customer.persistAndFlush();
        privacy.changed(AuditAction.CREATE, "customer", customer.id, customer.id, "name");
        return Views.customer(customer);
    }

    @Transactional
    public CustomerView get(UUID id) {
        return view(visible(id));
    }

    @Transactional
    public Page<CustomerView> list(Criteria criteria, PageParams paging) {
        if ((criteria.namePrefix() != null || criteria.phone() != null)
                && !privacy.maySearchByPersonalData()) {
            throw ApiException.forbidden("searching by name or phone is for roles that see them in clear");
        }
        Filter filter = new Filter()
                .eq("e.relationship", criteria.relationship())
                .eq("e.importance", criteria.importance())
                .eq("e.region", regions.regionFilter(criteria.region()))
                .eq("e.province", regions.provinceFilter(criteria.province()))
                .eq("e.doNotCall", criteria.doNotCall())
                .startsWith("e.name", criteria.namePrefix())
                .clause("e.id in (select c.customerId from Contact c where c.phone = :p)", criteria.phone())
                .eq("e.dealerId", criteria.dealerId())
                .eq("e.active", criteria.active() == null ? Boolean.TRUE : criteria.active());
        Tenancy tenancy = tenancy();
        if (tenancy != null) {
            filter.clause(tenancy.unassignedToo() ? "(e.dealerId = :p or e.dealerId is null)" : "e.dealerId = :p",
                    tenancy.dealerId());
        }
        return Keyset.page(Customer.class, filter, paging, this::view);
    }

    @Transactional
    public CustomerView update(UUID id, CustomerRequest request, String ifMatch) {
        Customer customer = visible(id);
        ETags.require(ifMatch, customer.version);
        requireFreeCode(request.code(), id);
        if (tenancy() == null) {
            customer.dealerId = servingDealer(request.dealerId());
        }
        Before before = new Before(customer.name, customer.doNotCall, customer.relationship, segment(customer),
                customer.importance);
        apply(customer, request, regions.place(request.region(), request.province(), customer.region));
        if (privacy.erased(id)) {
            customer.doNotCall = true; // an erased customer is never called again
        }
        announceChanges(customer, before);
        Customer.flush();
        return Views.customer(customer);
    }

    /** What an update may change that others react to, as it was before the update. */
    private record Before(String name, boolean doNotCall, Relationship relationship, List<Object> segment,
            Importance importance) {
    }

    /** Tells follow-up, segments, the change feed and the privacy log what the update changed, in this transaction. */
    private void announceChanges(Customer customer, Before before) {
        UUID id = customer.id;
        if (customer.doNotCall != before.doNotCall() || customer.relationship != before.relationship()) {
            // calls still to be made are decided again, in this transaction
            changes.fire(new CustomerChanged(id, customer.doNotCall != before.doNotCall() ? "doNotCall" : "relationship"));
        }
        if (!before.segment().equals(segment(customer))) {
            segments.fire(new CustomerSegmentChanged(id));
        }
        if (customer.importance != before.importance()) {
            events.record(CustomerImportanceChanged.TOPIC, id, customer.dealerId,
                    new CustomerImportanceChanged(id, before.importance(), customer.importance));
        }
        if (!customer.name.equals(before.name())) {
            privacy.changed(AuditAction.UPDATE, "customer", id, id, "name");
        }
    }

    /** A customer's region is its province's: when an admin moves the province, its customers follow. */
    void onProvinceMoved(@Observes ProvinceMoved moved) {
        Customer.update("region = ?1, version = version + 1, updatedAt = ?2 where province = ?3", moved.toRegion(),
                java.time.Instant.now(), moved.province());
    }

    @Transactional
    public void deactivate(UUID id) {
        visible(id).active = false;
        privacy.changed(AuditAction.DEACTIVATE, "customer", id, id, null);
    }

    /** Whether the customer exists and the caller may see it; for features that reference customers. */
    @Transactional
    public boolean isVisible(UUID id) {
        Customer customer = id == null ? null : Customer.findById(id);
        Tenancy tenancy = tenancy();
        return customer != null && (tenancy == null || tenancy.sees(customer));
    }

    /** Which of these codes any customer, visible to the caller or not, already has; one query (bulk syncs). */
    @Transactional
    public java.util.Set<String> takenCodes(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(Customer.getEntityManager().createQuery("select c.code from Customer c"
                + " where c.code in :codes", String.class).setParameter("codes", codes).getResultList());
    }

    /** Ids of the customers with these codes that the caller may see, by code; for bulk syncs. */
    @Transactional
    public java.util.Map<String, UUID> visibleIdsByCode(java.util.Collection<String> codes) {
        if (codes.isEmpty()) {
            return java.util.Map.of();
        }
        Tenancy tenancy = tenancy();
        // columns, no entities: a bulk sync names thousands, and managed ones would be dirty-checked at every flush
        return Customer.getEntityManager().createQuery("select c.code, c.id, c.dealerId from Customer c"
                + " where c.code in :codes", Object[].class).setParameter("codes", codes).getResultList().stream()
                .filter(r -> tenancy == null || tenancy.sees((UUID) r[2]))
                .collect(java.util.stream.Collectors.toMap(r -> (String) r[0], r -> (UUID) r[1]));
    }

    /** Customers with these codes or ids whatever the caller's tenancy, in one query; for bulk imports (survey). */
    @Transactional
    public java.util.List<CustomerView> findByCodesOrIds(java.util.Collection<String> codes,
            java.util.Collection<UUID> ids) {
        if (codes.isEmpty() && ids.isEmpty()) {
            return java.util.List.of();
        }
        return Views.customers(java.util.Set.copyOf(codes), java.util.Set.copyOf(ids));
    }

    /**
     * The customer whatever the caller's tenancy, or null; for features acting for the system (scheduled
     * jobs) or for roles that see every customer.
     */
    @Transactional
    public CustomerView find(UUID id) {
        Customer customer = id == null ? null : Customer.findById(id);
        return customer == null ? null : Views.customer(customer);
    }

    /** The customer as the caller may see it: the name in clear (audited) or masked. */
    private CustomerView view(Customer customer) {
        boolean clear = privacy.clear(PersonalData.View.CUSTOMER, customer.id, customer.dealerId);
        if (clear) {
            privacy.read("customer", customer.id, customer.id, "name");
        }
        return Views.customer(customer, clear);
    }

    /** The customer if the caller may see it; 404 otherwise, so foreign customers stay invisible. */
    Customer visible(UUID id) {
        Customer customer = Customer.findById(id);
        Tenancy tenancy = tenancy();
        if (customer == null || (tenancy != null && !tenancy.sees(customer))) {
            throw ApiException.notFound("customer " + id);
        }
        return customer;
    }

    private UUID servingDealer(UUID requested) {
        Tenancy tenancy = tenancy();
        if (tenancy != null) {
            // tenant-bound callers create customers for their own dealer, whatever the body says
            if (!dealers.exists(tenancy.dealerId())) {
                throw ApiException.forbidden("your sign-in names no known dealer or station");
            }
            return tenancy.dealerId();
        }
        if (requested != null && !dealers.exists(requested)) {
            throw ApiException.badRequest("dealerId", "no dealer with this id");
        }
        return requested;
    }

    /** What the figures group the customer's calls by. */
    private static List<Object> segment(Customer customer) {
        return Arrays.asList(customer.region, customer.province, customer.importance);
    }

    private static void requireFreeCode(String code, UUID self) {
        if (Customer.codeTaken(code, self)) {
            throw ApiException.conflict("customer code '" + code + "' is already taken");
        }
    }

    private static void apply(Customer customer, CustomerRequest request, Regions.Placement placement) {
        customer.code = request.code();
        customer.name = request.name();
        customer.relationship = request.relationship();
        customer.importance = request.importance();
        customer.region = placement.region();
        customer.province = placement.province();
        customer.doNotCall = Boolean.TRUE.equals(request.doNotCall());
    }
}
