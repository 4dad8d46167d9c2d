package io.fieldback.announcement.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.announcement.internal.AnnouncementRequest.AddresseesRequest;
import io.fieldback.common.FieldError;
import io.fieldback.customer.EquipmentService;
import io.fieldback.region.Regions;
import io.fieldback.station.DealerService;
import io.fieldback.station.StationService;
import io.fieldback.station.StationView;
import io.fieldback.visit.RepairVisits;

/** Checks who an announcement is addressed to and finds the stations that are, through the owners' public faces. */
@ApplicationScoped
class Audience {

    private final StationService stations;
    private final Regions regions;
    private final EquipmentService equipment;
    private final RepairVisits visits;
    private final DealerService dealers;

    Audience(StationService stations, Regions regions, EquipmentService equipment, RepairVisits visits,
            DealerService dealers) {
        this.stations = stations;
        this.regions = regions;
        this.equipment = equipment;
        this.visits = visits;
        this.dealers = dealers;
    }

    /** The problems with the addressees; none means they may be stored. */
    List<FieldError> check(AddresseesRequest a) {
        List<FieldError> errors = new ArrayList<>();
        boolean all = Boolean.TRUE.equals(a.allStations());
        boolean selection = !empty(a.dealerIds()) || !empty(a.regions()) || !empty(a.productSeries());
        if (all && selection) {
            errors.add(new FieldError("addressees", "either allStations or a selection of dealers, regions and "
                    + "product series, not both"));
        } else if (!all && !selection) {
            errors.add(new FieldError("addressees", "no addressee: set allStations, or name at least one dealer, "
                    + "region or product series"));
        }
        for (UUID dealer : list(a.dealerIds())) {
            if (!dealers.exists(dealer)) {
                errors.add(new FieldError("addressees.dealerIds", "no dealer with id " + dealer));
            }
        }
        Set<String> known = regions.regionNames(true).keySet();
        for (String region : list(a.regions())) {
            if (!known.contains(region)) {
                errors.add(new FieldError("addressees.regions", "'" + region + "' is not a region; one of " + known));
            }
        }
        return errors;
    }

    /** The active stations the announcement reaches now: all, or those matching any of its selectors. */
    List<StationView> resolve(Announcement a) {
        List<StationView> active = stations.activeStations();
        if (a.allStations) {
            return active;
        }
        Set<UUID> servicing = a.productSeries.isEmpty() ? Set.of() : servicing(a.productSeries);
        return active.stream().filter(s -> a.dealerIds.contains(s.dealerId()) || a.regions.contains(s.region())
                || servicing.contains(s.id())).toList();
    }

    private Set<UUID> servicing(Set<String> series) {
        Set<UUID> machines = new HashSet<>();
        series.forEach(s -> machines.addAll(equipment.idsOfSeries(s)));
        return visits.stationsThatServiced(machines);
    }

    private static boolean empty(List<?> values) {
        return values == null || values.isEmpty();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
