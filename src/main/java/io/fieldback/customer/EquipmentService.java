package io.fieldback.customer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.common.Page;
import io.fieldback.common.PageParams;

/** Customers' equipment, within the caller's tenancy unless a method says otherwise (part of the customer facade). */
public interface EquipmentService {

    /** A unit of equipment found by its serial number. */
    record Unit(UUID id, UUID customerId) {
    }

    EquipmentView create(UUID customerId, EquipmentRequest request);

    Page<EquipmentView> list(UUID customerId, String productSeries, Boolean active, PageParams paging);

    EquipmentView get(UUID customerId, UUID id);

    EquipmentView update(UUID customerId, UUID id, EquipmentRequest request, String ifMatch);

    void deactivate(UUID customerId, UUID id);

    /** Units with these serial numbers, by serial; for bulk syncs. */
    Map<String, Unit> bySerialNumbers(Collection<String> serials);

    /** The customer owning a unit of equipment, or null when there is no such unit. */
    UUID ownerOf(UUID equipmentId);

    /** Units of equipment by id whatever the caller's tenancy (missing ids are left out); one query. */
    Map<UUID, EquipmentView> find(Collection<UUID> ids);

    /** The warranty facts of these units by id whatever the caller's tenancy (missing ids left out); one query, no entity. */
    Map<UUID, MachineCoverage> coverageOf(Collection<UUID> ids);

    /** Units with these serial numbers or ids whatever the caller's tenancy, in one query; for bulk imports (survey). */
    List<EquipmentView> findBySerialsOrIds(Collection<String> serials, Collection<UUID> ids);

    /** A unit of equipment whatever the caller's tenancy, or null; for features acting for the system. */
    EquipmentView find(UUID id);

    /**
     * Machines delivered per product series and month between two days (inclusive), whatever the caller's
     * tenancy; {@code dealerId} keeps only that dealer's customers' machines, {@code productSeries} one series.
     */
    List<DeliveredMachines> deliveredPerMonth(LocalDate from, LocalDate to, String productSeries, UUID dealerId);

    /** Active units delivered within [from, to], after an id, in id order, whatever the caller's tenancy; for jobs. */
    List<EquipmentView> deliveredBetween(LocalDate from, LocalDate to, UUID after, int limit);

    /**
     * Active delivered units after an id, in id order, with their owners' dealers, whatever the caller's tenancy;
     * columns only, one query (nightly jobs page through the whole fleet with it).
     */
    List<MachineDelivery> deliveredAfter(UUID after, int limit);

    /**
     * Those of these units that are active and delivered, as {@link #deliveredAfter} reads them (by id; the others
     * left out), whatever the caller's tenancy; one query (a batch of completed visits is forecast at once).
     */
    Map<UUID, MachineDelivery> deliveries(Collection<UUID> ids);

    /** Ids of every machine of a product series, active or not (announcements find who serviced the series). */
    List<UUID> idsOfSeries(String productSeries);

    /** Every machine of a product series, active or not (engineering compares them before and after a change). */
    List<EquipmentView> ofSeries(String productSeries);

    /**
     * Active machines of a series within an inclusive serial range (serial order: a longer serial is later,
     * equal lengths compare character by character), a delivery date range and a region; any bound may be null.
     * Whatever the caller's tenancy: campaigns start over the whole fleet.
     */
    List<MachinePlacement> placements(String productSeries, String serialFrom, String serialTo,
            LocalDate deliveredFrom, LocalDate deliveredTo, String region);
}
