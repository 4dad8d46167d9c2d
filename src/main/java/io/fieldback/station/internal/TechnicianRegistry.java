package io.fieldback.station.internal;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.ETags;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.security.Caller;
import io.fieldback.station.TechnicianRequest;
import io.fieldback.station.TechnicianService;
import io.fieldback.station.TechnicianView;

/** Field technicians and the stations they work from. */
@ApplicationScoped
class TechnicianRegistry implements TechnicianService {

    private final Caller caller;

    public TechnicianRegistry(Caller caller) {
        this.caller = caller;
    }

    @Transactional
    public TechnicianView create(TechnicianRequest request) {
        requireWritableStation(request.stationId());
        Technician technician = new Technician();
        apply(technician, request);
        technician.persist();
        return Views.technician(technician);
    }

    @Transactional
    public TechnicianView get(UUID id) {
        return Views.technician(visible(id));
    }

    @Transactional
    public Page<TechnicianView> list(UUID stationId, String productLine, Boolean active, PageParams paging) {
        Filter filter = new Filter().eq("e.stationId", stationId)
                .clause(":p member of e.productLines", productLine)
                .eq("e.active", active == null ? Boolean.TRUE : active)
                .eq("e.stationId", caller.confinedToStation())
                .clause("e.stationId in (select s.id from Station s where s.dealerId = :p)", caller.confinedToDealer());
        return Keyset.page(Technician.class, filter, paging, Views::technician);
    }

    @Transactional
    public TechnicianView update(UUID id, TechnicianRequest request, String ifMatch) {
        Technician technician = visible(id);
        ETags.require(ifMatch, technician.version);
        if (!request.stationId().equals(technician.stationId)) {
            requireWritableStation(request.stationId());
        }
        apply(technician, request);
        Technician.flush();
        return Views.technician(technician);
    }

    @Transactional
    public void deactivate(UUID id) {
        visible(id).active = false;
    }

    /** The product lines a technician is trained on; empty when unknown. For call routing. */
    @Transactional
    public java.util.Set<String> productLinesOf(UUID technicianId) {
        Technician technician = Technician.findById(technicianId);
        return technician == null ? java.util.Set.of() : java.util.Set.copyOf(technician.productLines);
    }

    /** A technician whatever the caller's tenancy, or null; for features that check tenancy themselves (dispatch). */
    @Transactional
    public TechnicianView find(UUID id) {
        Technician technician = id == null ? null : Technician.findById(id);
        return technician == null ? null : Views.technician(technician);
    }

    /** The active technicians of these stations, by name; for dispatch's candidate lists and day plans. */
    @Transactional
    public java.util.List<TechnicianView> activeAt(java.util.Collection<UUID> stationIds) {
        if (stationIds.isEmpty()) {
            return java.util.List.of();
        }
        return Technician.<Technician>list("stationId in ?1 and active = true order by name, id",
                java.util.Set.copyOf(stationIds)).stream().map(Views::technician).toList();
    }

    /** The station of an active technician, or null when there is no such active technician. */
    @Transactional
    public UUID stationOf(UUID technicianId) {
        Technician technician = technicianId == null ? null : Technician.findById(technicianId);
        return technician == null || !technician.active ? null : technician.stationId;
    }

    private Technician visible(UUID id) {
        Technician technician = Technician.findById(id);
        if (technician == null) {
            throw ApiException.notFound("technician " + id);
        }
        Station station = Station.findById(technician.stationId);
        if (station == null || !caller.canSeeStation(station.id, station.dealerId)) {
            throw ApiException.notFound("technician " + id);
        }
        return technician;
    }

    private void requireWritableStation(UUID stationId) {
        Station station = Station.findById(stationId);
        if (station == null || !caller.canSeeStation(station.id, station.dealerId)) {
            throw ApiException.badRequest("stationId", "no station with this id");
        }
    }

    private static void apply(Technician technician, TechnicianRequest request) {
        technician.stationId = request.stationId();
        technician.name = request.name();
        technician.phone = request.phone();
        technician.productLines.clear();
        if (request.productLines() != null) {
            technician.productLines.addAll(request.productLines());
        }
    }
}
