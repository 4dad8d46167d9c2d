package io.fieldback.demo;

import java.util.List;
import java.util.UUID;

import io.fieldback.customer.Application;

/** What the demo network is made of, as the later steps of the history need it. */
record Network(List<UUID> dealers, List<Station> stations, List<Customer> customers, UUID vendor,
        String vendorCode) {

    record Station(UUID id, UUID dealerId, DemoPlaces.Place place, List<UUID> technicians) {
    }

    record Customer(UUID id, String code, Station station, List<Unit> units) {
    }

    record Unit(UUID id, String serial, String series, Application application) {
    }
}
