package io.fieldback.engineering.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.fieldback.common.ApiException;
import io.fieldback.common.Filter;
import io.fieldback.common.Keyset;
import io.fieldback.common.Page;
import io.fieldback.common.PageParams;
import io.fieldback.common.UuidV7;
import io.fieldback.customer.EquipmentService;
import io.fieldback.customer.EquipmentView;
import io.fieldback.engineering.DesignChangeView;
import io.fieldback.security.Caller;

@ApplicationScoped
class DesignChangeService {

    private final EquipmentService equipment;
    private final Caller caller;

    DesignChangeService(EquipmentService equipment, Caller caller) {
        this.equipment = equipment;
        this.caller = caller;
    }

    @Transactional
    DesignChangeView create(DesignChangeRequest request) {
        if ((request.appliesFromSerial() == null) == (request.appliesFromDate() == null)) {
            throw ApiException.badRequest("appliesFromSerial", "give exactly one of appliesFromSerial and "
                    + "appliesFromDate");
        }
        checkAgainstSeries(request, equipment.ofSeries(request.productSeries()));
        if (DesignChange.count("changeNumber", request.changeNumber()) > 0) {
            throw ApiException.conflict("design change " + request.changeNumber() + " exists already");
        }
        DesignChange change = new DesignChange();
        change.id = UuidV7.next();
        change.changeNumber = request.changeNumber();
        change.productSeries = request.productSeries();
        change.appliesFromSerial = request.appliesFromSerial();
        change.appliesFromDate = request.appliesFromDate();
        change.description = request.description();
        change.createdBy = caller.name();
        change.persist();
        DesignChange.flush();
        return change.view();
    }

    @Transactional
    Page<DesignChangeView> list(String productSeries, PageParams paging) {
        return Keyset.page(DesignChange.class, new Filter().eq("e.productSeries", productSeries), paging,
                DesignChange::view);
    }

    @Transactional
    DesignChangeView get(UUID id) {
        return find(id).view();
    }

    DesignChange find(UUID id) {
        DesignChange change = DesignChange.findById(id);
        if (change == null) {
            throw ApiException.notFound("design change " + id);
        }
        return change;
    }

    /** The series must exist (have machines), the serial be one of them, the date not before its first delivery. */
    private static void checkAgainstSeries(DesignChangeRequest request, List<EquipmentView> machines) {
        if (machines.isEmpty()) {
            throw ApiException.badRequest("productSeries", "no machine of series '" + request.productSeries()
                    + "' is known");
        }
        if (request.appliesFromSerial() != null && machines.stream()
                .noneMatch(m -> m.serialNumber().equals(request.appliesFromSerial()))) {
            throw ApiException.badRequest("appliesFromSerial", "'" + request.appliesFromSerial()
                    + "' is not a machine of series " + request.productSeries());
        }
        LocalDate first = machines.stream().map(EquipmentView::deliveryDate).filter(Objects::nonNull)
                .min(LocalDate::compareTo).orElse(null);
        if (request.appliesFromDate() != null && (first == null || request.appliesFromDate().isBefore(first))) {
            throw ApiException.badRequest("appliesFromDate", request.appliesFromDate() + " is before series "
                    + request.productSeries() + " existed (first delivery " + first + ")");
        }
    }
}
