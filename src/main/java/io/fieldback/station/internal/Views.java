package io.fieldback.station.internal;

import io.fieldback.station.DealerView;
import io.fieldback.station.StationView;
import io.fieldback.station.TechnicianView;

/** The station feature's views, from its entities. */
final class Views {

    private Views() {
    }

    static DealerView dealer(Dealer d) {
        return new DealerView(d.id, d.code, d.name, d.mayCreateCustomers, d.active, d.version, d.createdAt,
                d.updatedAt);
    }

    static StationView station(Station s) {
        return new StationView(s.id, s.code, s.name, s.dealerId, s.region, s.province, s.address, s.latitude,
                s.longitude, s.phone, s.open24h, s.active, s.version, s.createdAt, s.updatedAt);
    }

    static TechnicianView technician(Technician t) {
        return new TechnicianView(t.id, t.stationId, t.name, t.phone, t.productLines.stream().sorted().toList(),
                t.active, t.version, t.createdAt, t.updatedAt);
    }
}
