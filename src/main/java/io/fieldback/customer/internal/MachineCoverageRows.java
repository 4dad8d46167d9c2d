package io.fieldback.customer.internal;

import static io.fieldback.common.JdbcColumns.integer;
import static io.fieldback.common.JdbcColumns.named;
import static io.fieldback.common.JdbcColumns.uuid;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fieldback.common.JdbcBatch;
import io.fieldback.customer.MachineCoverage;
import io.fieldback.customer.WarrantyLimitUnit;

/**
 * The warranty cover of many machines in plain JDBC (issue 17's bulk claims): the columns the HQL read, without
 * Hibernate translating and binding an IN list of 5,000 ids on every request (part of 9% of the request's profile).
 */
final class MachineCoverageRows {

    private MachineCoverageRows() {
    }

    static Map<UUID, MachineCoverage> of(List<UUID> ids) {
        Map<UUID, MachineCoverage> rows = new HashMap<>();
        for (MachineCoverage m : JdbcBatch.query("SELECT id, serial_number, product_series, delivery_date, "
                + "warranty_until, warranty_limit, warranty_limit_unit FROM equipment WHERE id IN ("
                + JdbcBatch.idMarks(ids.size()) + ")", MachineCoverageRows::row, ids.toArray())) {
            rows.put(m.id(), m);
        }
        return rows;
    }

    private static MachineCoverage row(ResultSet rs) throws SQLException {
        return new MachineCoverage(uuid(rs, "id"), rs.getString("serial_number"), rs.getString("product_series"),
                rs.getObject("delivery_date", LocalDate.class), rs.getObject("warranty_until", LocalDate.class),
                integer(rs, "warranty_limit"), named(rs, "warranty_limit_unit", WarrantyLimitUnit.class));
    }
}
