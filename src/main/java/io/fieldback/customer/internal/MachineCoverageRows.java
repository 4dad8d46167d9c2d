package io.fieldback.customer.internal;

import java.nio.ByteBuffer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hibernate.Session;

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
        return Equipment.getEntityManager().unwrap(Session.class).doReturningWork(c -> {
            Map<UUID, MachineCoverage> rows = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, serial_number, product_series, delivery_date, "
                    + "warranty_until, warranty_limit, warranty_limit_unit FROM equipment WHERE id IN ("
                    + JdbcBatch.idMarks(ids.size()) + ")")) {
                JdbcBatch.bind(ps, 1, ids.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        MachineCoverage m = row(rs);
                        rows.put(m.id(), m);
                    }
                }
            }
            return rows;
        });
    }

    private static MachineCoverage row(ResultSet rs) throws SQLException {
        ByteBuffer id = ByteBuffer.wrap(rs.getBytes("id"));
        int limit = rs.getInt("warranty_limit");
        Integer warrantyLimit = rs.wasNull() ? null : limit;
        String unit = rs.getString("warranty_limit_unit");
        return new MachineCoverage(new UUID(id.getLong(), id.getLong()), rs.getString("serial_number"),
                rs.getString("product_series"), rs.getObject("delivery_date", LocalDate.class),
                rs.getObject("warranty_until", LocalDate.class), warrantyLimit,
                unit == null ? null : WarrantyLimitUnit.valueOf(unit));
    }
}
