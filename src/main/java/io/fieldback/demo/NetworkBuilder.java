package io.fieldback.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.complaint.DepartmentRequest;
import io.fieldback.complaint.DepartmentService;
import io.fieldback.customer.Application;
import io.fieldback.customer.ContactRequest;
import io.fieldback.customer.ContactRole;
import io.fieldback.customer.ContactService;
import io.fieldback.customer.CustomerRequest;
import io.fieldback.customer.CustomerService;
import io.fieldback.customer.EquipmentRequest;
import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.Importance;
import io.fieldback.customer.Relationship;
import io.fieldback.customer.WarrantyLimitUnit;
import io.fieldback.demo.Acting.Actor;
import io.fieldback.security.Roles;
import io.fieldback.station.DealerRequest;
import io.fieldback.station.DealerService;
import io.fieldback.station.StationRequest;
import io.fieldback.station.StationService;
import io.fieldback.station.TechnicianRequest;
import io.fieldback.station.TechnicianService;
import io.fieldback.survey.Surveys;
import io.fieldback.survey.VendorRequest;

/** Dealers, stations, technicians, departments, the survey vendor, and customers with contacts and equipment. */
@ApplicationScoped
class NetworkBuilder {

    static final Actor ADMIN = Actor.of("demo-admin", Roles.ADMIN);
    static final int CUSTOMERS_PER_STATION = 30;
    static final String VENDOR_CODE = "DEMO-VND";
    private static final List<String> SERIES = List.of("YC6K", "YC6L", "YC4D", "YC6MK", "YC4S");

    private final Acting acting;
    private final DealerService dealers;
    private final StationService stations;
    private final TechnicianService technicians;
    private final DepartmentService departments;
    private final Surveys surveys;
    private final CustomerService customers;
    private final ContactService contacts;
    private final EquipmentService equipment;

    NetworkBuilder(Acting acting, DealerService dealers, StationService stations, TechnicianService technicians,
            DepartmentService departments, Surveys surveys, CustomerService customers, ContactService contacts,
            EquipmentService equipment) {
        this.acting = acting;
        this.dealers = dealers;
        this.stations = stations;
        this.technicians = technicians;
        this.departments = departments;
        this.surveys = surveys;
        this.customers = customers;
        this.contacts = contacts;
        this.equipment = equipment;
    }

    Network build(Random random, LocalDate today, Tally tally) {
        DemoNames names = new DemoNames(random);
        return acting.as(ADMIN, () -> {
            List<UUID> dealerIds = DemoPlaces.DEALERS.stream()
                    .map(d -> dealers.create(new DealerRequest(d.code(), d.name(), true)).id()).toList();
            tally.add("dealers", dealerIds.size());
            List<Network.Station> stationRefs = new ArrayList<>();
            for (DemoPlaces.Place place : DemoPlaces.STATIONS) {
                stationRefs.add(station(place, dealerIds.get(place.dealer()), names, tally));
            }
            departments(tally);
            UUID vendor = surveys.createVendor(new VendorRequest(VENDOR_CODE, "华信调研咨询有限公司（演示）")).id();
            tally.add("survey vendors");
            List<Network.Customer> customerRefs = new ArrayList<>();
            for (Network.Station station : stationRefs) {
                for (int i = 0; i < CUSTOMERS_PER_STATION; i++) {
                    customerRefs.add(customer(station, customerRefs.size() + 1, random, names, today, tally));
                }
            }
            return new Network(dealerIds, stationRefs, customerRefs, vendor, VENDOR_CODE);
        });
    }

    private Network.Station station(DemoPlaces.Place place, UUID dealerId, DemoNames names, Tally tally) {
        UUID id = stations.create(new StationRequest(place.code(), place.name(), dealerId, place.region(),
                place.province(), place.address(), place.lat(), place.lon(), place.phone(), place.dealer() == 0)).id();
        tally.add("stations");
        List<UUID> techs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            techs.add(technicians.create(new TechnicianRequest(id, names.person(), names.mobile(),
                    Set.of("heavy-duty-diesel"))).id());
        }
        tally.add("technicians", techs.size());
        return new Network.Station(id, dealerId, place, techs);
    }

    private void departments(Tally tally) {
        departments.create(new DepartmentRequest("CUSTOMER-SERVICE", "客户服务部", "周经理", "+862150500001"));
        departments.create(new DepartmentRequest("QUALITY", "质量管理部", "陈部长", "quality@fieldback.example"));
        departments.create(new DepartmentRequest("PARTS", "配件供应部", "林经理", "+862150500003"));
        tally.add("departments", 3);
    }

    private Network.Customer customer(Network.Station station, int n, Random random, DemoNames names, LocalDate today,
            Tally tally) {
        DemoPlaces.Place place = station.place();
        String code = String.format("DEMO-C-%04d", n);
        int kind = random.nextInt(100);
        Relationship relationship = kind < 70 ? Relationship.END_USER : kind < 85 ? Relationship.DEALER : Relationship.OEM;
        int weight = random.nextInt(100);
        Importance importance = weight < 15 ? Importance.KEY : weight < 80 ? Importance.ORDINARY : Importance.POTENTIAL;
        UUID id = customers.create(new CustomerRequest(code, names.company(place.city()), relationship, importance,
                place.region(), place.province(), random.nextInt(100) < 3, station.dealerId())).id();
        tally.add("customers");
        contacts(id, random, names, tally);
        List<Network.Unit> units = new ArrayList<>();
        int count = random.nextInt(100) < 20 ? 2 : 1;
        for (int i = 0; i < count; i++) {
            units.add(unit(id, code + "-" + (i + 1), random, names, today));
        }
        tally.add("equipment", units.size());
        return new Network.Customer(id, code, station, units);
    }

    private void contacts(UUID customerId, Random random, DemoNames names, Tally tally) {
        contacts.create(customerId, new ContactRequest(names.person() , names.pick(List.of(ContactRole.FLEET_MANAGER,
                ContactRole.OWNER, ContactRole.DRIVER)), names.mobile(), LocalTime.of(9, 0), LocalTime.of(18, 0), true));
        tally.add("contacts");
        if (random.nextBoolean()) {
            contacts.create(customerId, new ContactRequest(names.person(), ContactRole.REPAIRER, names.mobile(), null,
                    null, false));
            tally.add("contacts");
        }
    }

    private Network.Unit unit(UUID customerId, String serialSuffix, Random random, DemoNames names, LocalDate today) {
        String series = names.pick(SERIES);
        Application application = names.pick(List.of(Application.TRUCK, Application.TRUCK, Application.BUS,
                Application.EXCAVATOR, Application.HARVESTER, Application.GENERATOR_SET, Application.MARINE));
        // a few machines were delivered weeks ago: their first calls wait for the delivery milestone
        LocalDate delivered = random.nextInt(100) < 4 ? today.minusDays(20 + random.nextInt(30))
                : today.minusDays(120 + random.nextInt(1500));
        boolean road = application == Application.TRUCK || application == Application.BUS;
        String serial = series + "-" + serialSuffix;
        UUID id = equipment.create(customerId, new EquipmentRequest(serial, series, application, delivered,
                delivered.plusYears(2), road ? 200_000 : 6_000, road ? WarrantyLimitUnit.KM : WarrantyLimitUnit.HOURS))
                .id();
        return new Network.Unit(id, serial, series, application);
    }
}
