package io.fieldback.customer.internal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.ETags;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.customer.CustomerChanged;
import io.fieldback.customer.DeliveredMachines;
import io.fieldback.customer.EquipmentRequest;
import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.EquipmentView;
import io.fieldback.customer.MachineDelivery;
import io.fieldback.customer.MachinePlacement;

/** Customers' equipment, and the fleet queries other features run over it. */
@ApplicationScoped
class EquipmentRegistry implements EquipmentService {

    private final CustomerRegistry customers;
    private final Event<CustomerChanged> changes;

    public EquipmentRegistry(CustomerRegistry customers, Event<CustomerChanged> changes) {
        this.customers = customers;
        this.changes = changes;
    }

    @Transactional
    public EquipmentView create(UUID customerId, EquipmentRequest request) {
        customers.visible(customerId);
        requireFreeSerial(request.serialNumber(), null);
        Equipment equipment = new Equipment();
        equipment.customerId = customerId;
        apply(equipment, request);
        // flushed here so that a unique value taken meanwhile by a concurrent request fails inside
        // the service (409) rather than at commit (500)
        equipment.persistAndFlush();
        return Views.equipment(equipment);
    }

    @Transactional
    public Page<EquipmentView> list(UUID customerId, String productSeries, Boolean active, PageParams paging) {
        customers.visible(customerId);
        Filter filter = new Filter().eq("e.customerId", customerId).eq("e.productSeries", productSeries)
                .eq("e.active", active == null ? Boolean.TRUE : active);
        return Keyset.page(Equipment.class, filter, paging, Views::equipment);
    }

    @Transactional
    public EquipmentView get(UUID customerId, UUID id) {
        return Views.equipment(visible(customerId, id));
    }

    @Transactional
    public EquipmentView update(UUID customerId, UUID id, EquipmentRequest request, String ifMatch) {
        Equipment equipment = visible(customerId, id);
        ETags.require(ifMatch, equipment.version);
        requireFreeSerial(request.serialNumber(), id);
        apply(equipment, request);
        Equipment.flush();
        changes.fire(new CustomerChanged(customerId, "equipment"));
        return Views.equipment(equipment);
    }

    @Transactional
    public void deactivate(UUID customerId, UUID id) {
        visible(customerId, id).active = false;
    }

    /** Units with these serial numbers, by serial; for bulk syncs. */
    @Transactional
    public java.util.Map<String, Unit> bySerialNumbers(java.util.Collection<String> serials) {
        if (serials.isEmpty()) {
            return java.util.Map.of();
        }
        // columns, no entities: a bulk sync names thousands, and managed ones would be dirty-checked at every flush
        return Equipment.getEntityManager().createQuery("select e.serialNumber, e.id, e.customerId from Equipment e"
                + " where e.serialNumber in :serials", Object[].class).setParameter("serials", serials).getResultList()
                .stream().collect(java.util.stream.Collectors.toMap(r -> (String) r[0],
                        r -> new Unit((UUID) r[1], (UUID) r[2])));
    }

    /** The customer owning a unit of equipment, or null when there is no such unit. */
    @Transactional
    public UUID ownerOf(UUID equipmentId) {
        Equipment equipment = equipmentId == null ? null : Equipment.findById(equipmentId);
        return equipment == null ? null : equipment.customerId;
    }

    /** Units of equipment by id whatever the caller's tenancy (missing ids are left out); one query. */
    @Transactional
    public java.util.Map<UUID, EquipmentView> find(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return Equipment.getEntityManager().createQuery(Views.EQUIPMENT + " where e.id in ?1", EquipmentView.class)
                .setParameter(1, java.util.Set.copyOf(ids)).getResultStream()
                .collect(java.util.stream.Collectors.toMap(EquipmentView::id, e -> e));
    }

    @Transactional
    public java.util.Map<UUID, io.fieldback.customer.MachineCoverage> coverageOf(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return MachineCoverageRows.of(java.util.List.copyOf(java.util.Set.copyOf(ids)));
    }

    /** Units with these serial numbers or ids whatever the caller's tenancy, in one query; for bulk imports (survey). */
    @Transactional
    public java.util.List<EquipmentView> findBySerialsOrIds(java.util.Collection<String> serials,
            java.util.Collection<UUID> ids) {
        if (serials.isEmpty() && ids.isEmpty()) {
            return java.util.List.of();
        }
        // an empty IN list is not valid SQL: leave out the condition it would have been
        java.util.List<Equipment> found = serials.isEmpty() ? Equipment.list("id in ?1", java.util.Set.copyOf(ids))
                : ids.isEmpty() ? Equipment.list("serialNumber in ?1", java.util.Set.copyOf(serials))
                : Equipment.list("serialNumber in ?1 or id in ?2", java.util.Set.copyOf(serials),
                        java.util.Set.copyOf(ids));
        return found.stream().map(Views::equipment).toList();
    }

    /** A unit of equipment whatever the caller's tenancy, or null; for features acting for the system. */
    @Transactional
    public EquipmentView find(UUID id) {
        Equipment equipment = id == null ? null : Equipment.findById(id);
        return equipment == null ? null : Views.equipment(equipment);
    }

    /**
     * Machines delivered per product series and month between two days (inclusive), whatever the caller's
     * tenancy; {@code dealerId} keeps only that dealer's customers' machines, {@code productSeries} one series.
     */
    @Transactional
    public java.util.List<DeliveredMachines> deliveredPerMonth(java.time.LocalDate from, java.time.LocalDate to,
            String productSeries, UUID dealerId) {
        String jpql = "select e.productSeries, year(e.deliveryDate), month(e.deliveryDate), count(e) from Equipment e"
                + (dealerId == null ? "" : ", Customer c") + " where e.deliveryDate between :from and :to"
                + (dealerId == null ? "" : " and c.id = e.customerId and c.dealerId = :dealer")
                + (productSeries == null ? "" : " and e.productSeries = :series")
                + " group by e.productSeries, year(e.deliveryDate), month(e.deliveryDate)";
        var query = Equipment.getEntityManager().createQuery(jpql, Object[].class).setParameter("from", from)
                .setParameter("to", to);
        if (dealerId != null) {
            query.setParameter("dealer", dealerId);
        }
        if (productSeries != null) {
            query.setParameter("series", productSeries);
        }
        return query.getResultList().stream().map(r -> new DeliveredMachines((String) r[0],
                java.time.YearMonth.of(((Number) r[1]).intValue(), ((Number) r[2]).intValue()),
                ((Number) r[3]).longValue())).toList();
    }

    /** Active units delivered within [from, to], after an id, in id order, whatever the caller's tenancy; for jobs. */
    @Transactional
    public java.util.List<EquipmentView> deliveredBetween(java.time.LocalDate from, java.time.LocalDate to, UUID after,
            int limit) {
        return Equipment.<Equipment>find("active = true and deliveryDate >= ?1 and deliveryDate <= ?2 and id > ?3 "
                + "order by id", from, to, after == null ? new UUID(0, 0) : after).page(0, limit).list().stream()
                .map(Views::equipment).toList();
    }

    /** Active delivered units after an id, in id order, with their owners' dealers; a projection, no entity. */
    @Transactional
    public java.util.List<MachineDelivery> deliveredAfter(UUID after, int limit) {
        return Equipment.getEntityManager().createQuery("select new io.fieldback.customer.MachineDelivery(e.id, "
                + "e.customerId, c.dealerId, e.productSeries, e.deliveryDate) from Equipment e left join Customer c "
                + "on c.id = e.customerId where e.active = true and e.deliveryDate is not null and e.id > :after "
                + "order by e.id", MachineDelivery.class).setParameter("after", after == null ? new UUID(0, 0) : after)
                .setMaxResults(limit).getResultList();
    }

    @Transactional
    public java.util.Map<UUID, MachineDelivery> deliveries(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? java.util.Map.of() : Equipment.getEntityManager().createQuery("select new "
                + "io.fieldback.customer.MachineDelivery(e.id, e.customerId, c.dealerId, e.productSeries, e.deliveryDate) "
                + "from Equipment e left join Customer c on c.id = e.customerId where e.active = true and "
                + "e.deliveryDate is not null and e.id in :ids", MachineDelivery.class).setParameter("ids", ids)
                .getResultStream().collect(java.util.stream.Collectors.toMap(MachineDelivery::id, m -> m));
    }

    private Equipment visible(UUID customerId, UUID id) {
        customers.visible(customerId);
        Equipment equipment = Equipment.findById(id);
        if (equipment == null || !equipment.customerId.equals(customerId)) {
            throw ApiException.notFound("equipment " + id);
        }
        return equipment;
    }

    private static void requireFreeSerial(String serial, UUID self) {
        if (Equipment.serialTaken(serial, self)) {
            throw ApiException.conflict("serial number '" + serial + "' is already registered");
        }
    }

    private static void apply(Equipment equipment, EquipmentRequest request) {
        equipment.serialNumber = request.serialNumber();
        equipment.productSeries = request.productSeries();
        equipment.application = request.application();
        equipment.deliveryDate = request.deliveryDate();
        equipment.warrantyUntil = request.warrantyUntil();
        equipment.warrantyLimit = request.warrantyLimit();
        equipment.warrantyLimitUnit = request.warrantyLimitUnit();
    }

    /** Ids of every machine of a product series, active or not (announcements find who serviced the series). */
    @Transactional
    public java.util.List<UUID> idsOfSeries(String productSeries) {
        return Equipment.getEntityManager()
                .createQuery("select e.id from Equipment e where e.productSeries = :series", UUID.class)
                .setParameter("series", productSeries).getResultList();
    }

    /** Every machine of a product series, active or not (engineering compares them before and after a change). */
    @Transactional
    public java.util.List<EquipmentView> ofSeries(String productSeries) {
        return Equipment.<Equipment>list("productSeries = ?1 order by id", productSeries).stream()
                .map(Views::equipment).toList();
    }
    /**
     * Active machines of a series within an inclusive serial range (serial order: a longer serial is later,
     * equal lengths compare character by character), a delivery date range and a region; any bound may be null.
     * Whatever the caller's tenancy: campaigns start over the whole fleet.
     */
    @Transactional
    public java.util.List<MachinePlacement> placements(String productSeries, String serialFrom, String serialTo,
            java.time.LocalDate deliveredFrom, java.time.LocalDate deliveredTo, String region) {
        StringBuilder jpql = new StringBuilder("select e.id, c.id, c.dealerId, c.region from Equipment e, Customer c "
                + "where c.id = e.customerId and e.active = true and e.productSeries = :series");
        java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>();
        parameters.put("series", productSeries);
        if (serialFrom != null) {
            jpql.append(" and (length(e.serialNumber) > :fromLength or (length(e.serialNumber) = :fromLength"
                    + " and e.serialNumber >= :serialFrom))");
            parameters.put("fromLength", serialFrom.length());
            parameters.put("serialFrom", serialFrom);
        }
        if (serialTo != null) {
            jpql.append(" and (length(e.serialNumber) < :toLength or (length(e.serialNumber) = :toLength"
                    + " and e.serialNumber <= :serialTo))");
            parameters.put("toLength", serialTo.length());
            parameters.put("serialTo", serialTo);
        }
        optional(jpql, parameters, " and e.deliveryDate >= :deliveredFrom", "deliveredFrom", deliveredFrom);
        optional(jpql, parameters, " and e.deliveryDate <= :deliveredTo", "deliveredTo", deliveredTo);
        optional(jpql, parameters, " and c.region = :region", "region", region);
        var query = Equipment.getEntityManager().createQuery(jpql.append(" order by e.id").toString(), Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream()
                .map(r -> new MachinePlacement((UUID) r[0], (UUID) r[1], (UUID) r[2], (String) r[3])).toList();
    }

    /** Adds the condition and its one parameter when the value is given. */
    private static void optional(StringBuilder jpql, java.util.Map<String, Object> parameters, String condition,
            String name, Object value) {
        if (value != null) {
            jpql.append(condition);
            parameters.put(name, value);
        }
    }
}
