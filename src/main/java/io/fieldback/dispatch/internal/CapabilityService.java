package io.fieldback.dispatch.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fieldback.common.ApiException;
import io.fieldback.common.ETags;
import io.fieldback.dispatch.CapabilitiesView;
import io.fieldback.dispatch.CapabilitiesView.Shift;
import io.fieldback.security.Caller;
import io.fieldback.security.Roles;
import io.fieldback.station.StationService;
import io.fieldback.station.StationView;
import io.fieldback.station.TechnicianService;
import io.fieldback.station.TechnicianView;
import io.fieldback.visit.RepairVisits;

@ApplicationScoped
class CapabilityService {

    private final Caller caller;
    private final DispatchConfig config;
    private final ObjectMapper json;
    private final TechnicianService technicians;
    private final StationService stations;
    private final RepairVisits visits;

    CapabilityService(Caller caller, DispatchConfig config, ObjectMapper json, TechnicianService technicians,
            StationService stations, RepairVisits visits) {
        this.caller = caller;
        this.config = config;
        this.json = json;
        this.technicians = technicians;
        this.stations = stations;
        this.visits = visits;
    }

    @Transactional
    CapabilitiesView get(UUID technicianId) {
        TechnicianView technician = visible(technicianId);
        return view(technician, Capabilities.findById(technicianId));
    }

    @Transactional
    CapabilitiesView put(UUID technicianId, CapabilitiesRequest request, String ifMatch) {
        TechnicianView technician = visible(technicianId);
        validate(request);
        Capabilities stored = Capabilities.findById(technicianId);
        if (stored == null) {
            stored = new Capabilities();
            stored.technicianId = technicianId;
        } else {
            ETags.require(ifMatch, stored.version);
        }
        stored.dailyCap = request.dailyCap() == null ? config.defaultDailyCap() : request.dailyCap();
        stored.document = write(request.document());
        if (!stored.isPersistent()) {
            stored.persist();
        }
        Capabilities.flush();
        return view(technician, stored);
    }

    /** The capabilities of these technicians; those never described have none (and the default cap). */
    @Transactional
    Map<UUID, Facts> facts(Collection<UUID> technicianIds) {
        Map<UUID, Facts> facts = new HashMap<>();
        if (technicianIds.isEmpty()) {
            return facts;
        }
        Capabilities.<Capabilities>list("technicianId in ?1", java.util.Set.copyOf(technicianIds))
                .forEach(c -> facts.put(c.technicianId, new Facts(read(c.document), c.dailyCap)));
        technicianIds.forEach(id -> facts.putIfAbsent(id, new Facts(CapabilityDocument.NONE, config.defaultDailyCap())));
        return facts;
    }

    record Facts(CapabilityDocument document, int dailyCap) {
    }

    private static void validate(CapabilitiesRequest request) {
        List<Shift> shifts = request.shifts() == null ? List.of() : request.shifts();
        for (int i = 0; i < shifts.size(); i++) {
            Shift shift = shifts.get(i);
            if (!shift.end().isAfter(shift.start())) {
                throw ApiException.badRequest("shifts[" + i + "].end", "ends at " + shift.end()
                        + ", not after its start " + shift.start() + " (a night shift is two shifts)");
            }
            for (int j = 0; j < i; j++) {
                if (shifts.get(j).dayOfWeek() == shift.dayOfWeek()) {
                    throw ApiException.badRequest("shifts[" + i + "].dayOfWeek", "one shift per day: "
                            + shift.dayOfWeek() + " is already in shifts[" + j + "]");
                }
            }
        }
        var absences = request.absences() == null ? List.<CapabilitiesView.Absence>of() : request.absences();
        for (int i = 0; i < absences.size(); i++) {
            if (absences.get(i).to().isBefore(absences.get(i).from())) {
                throw ApiException.badRequest("absences[" + i + "].to", "is before its from date");
            }
        }
    }

    private CapabilitiesView view(TechnicianView technician, Capabilities stored) {
        CapabilityDocument doc = stored == null ? CapabilityDocument.NONE : read(stored.document);
        var position = visits.lastPositions(List.of(technician.id())).get(technician.id());
        return new CapabilitiesView(technician.id(), technician.name(), technician.stationId(), doc.skills(),
                doc.certifications(), doc.shifts(), doc.absences(),
                stored == null ? config.defaultDailyCap() : stored.dailyCap,
                doc.preferredCustomerIds().stream().sorted().toList(), doc.restrictedCustomerIds().stream().sorted().toList(),
                position == null ? null : new CapabilitiesView.Position(position.latitude(), position.longitude(), position.at()),
                stored == null ? 0 : stored.version, stored == null ? null : stored.updatedAt);
    }

    /** A technician the caller may see: the station's people for its manager, oneself for a technician. */
    private TechnicianView visible(UUID technicianId) {
        TechnicianView technician = technicians.find(technicianId);
        StationView station = technician == null ? null : stations.find(technician.stationId());
        boolean visible = station != null && caller.canSeeStation(station.id(), station.dealerId())
                && (!caller.is(Roles.TECHNICIAN) || technicianId.equals(caller.technicianId()));
        if (!visible) {
            throw ApiException.notFound("technician " + technicianId);
        }
        return technician;
    }

    private String write(CapabilityDocument doc) {
        try {
            return json.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private CapabilityDocument read(String doc) {
        try {
            return json.readValue(doc, CapabilityDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable capabilities", e);
        }
    }
}
