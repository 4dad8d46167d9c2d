package io.fieldback.insights.internal;

import java.util.Arrays;
import java.util.List;

import io.fieldback.common.ApiException;
import io.fieldback.customer.Importance;
import io.fieldback.customer.Relationship;
import io.fieldback.followup.CallPurpose;

/**
 * How a report is cut. Each grouping names the SQL expression it groups by, for our calls ({@code c}, with
 * the customer {@code cu} and equipment {@code e} joined as needed) and for vendor rows ({@code s}).
 */
enum GroupBy {
    /**
     * the customer's region (calls: as the customer record says now; vendor rows: as copied at upload).
     * Regions are reference data: every active region is listed, see {@link InsightsService}.
     */
    REGION("region", "cu.region", "s.region", true, false, null),
    /** the customer's province as the customer record says now (vendor rows too: they copy no province) */
    PROVINCE("province", "cu.province", "vc.province", true, false, null),
    /** the service station of the visit (calls made by hand and vendor rows without a visit: none) */
    STATION("station", "c.station_id", "s.station_id", false, false, null),
    /** the equipment's product series; without equipment, the product line copied into the row */
    PRODUCT_SERIES("productSeries", "COALESCE(e.product_series, c.product_line)",
            "COALESCE(e.product_series, s.product_line)", false, true, null),
    /** OEM, dealer, end user, as copied into the call or row */
    RELATIONSHIP("relationship", "c.relationship", "s.relationship", false, false, Relationship.class),
    /** key, ordinary, potential (calls: the customer record; vendor rows: as copied) */
    IMPORTANCE("importance", "cu.importance", "s.importance", true, false, Importance.class),
    /** why the call was made (vendor rows: after-service surveys, FIRST_FOLLOW_UP) */
    PURPOSE("purpose", "c.purpose", "'FIRST_FOLLOW_UP'", false, false, CallPurpose.class),
    /** no grouping: the total only */
    NONE("none", "''", "''", false, false, null);

    static final List<String> NAMES = Arrays.stream(values()).map(g -> g.param).toList();

    final String param;
    final String callExpression;
    final String vendorExpression;
    final boolean joinsCustomer;
    final boolean joinsEquipment;
    /** For groupings over a fixed set of values: every value is listed, with zeros when empty. */
    final Class<? extends Enum<?>> values;

    GroupBy(String param, String callExpression, String vendorExpression, boolean joinsCustomer,
            boolean joinsEquipment, Class<? extends Enum<?>> values) {
        this.param = param;
        this.callExpression = callExpression;
        this.vendorExpression = vendorExpression;
        this.joinsCustomer = joinsCustomer;
        this.joinsEquipment = joinsEquipment;
        this.values = values;
    }

    List<String> fixedKeys() {
        return values == null ? List.of()
                : Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
    }

    static GroupBy parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        return Arrays.stream(values()).filter(g -> g.param.equals(value)).findFirst()
                .orElseThrow(() -> ApiException.badRequest("groupBy",
                        "'" + value + "' is not one of " + String.join(", ", NAMES)));
    }
}
