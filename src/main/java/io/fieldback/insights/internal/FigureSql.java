package io.fieldback.insights.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.fieldback.common.JdbcColumns;
import io.fieldback.customer.CustomerFacts;
import io.fieldback.followup.CallPurpose;
import io.fieldback.visit.VisitFacts;

/** The SQL the figures share: the "satisfied" and score rules as fragments, and a statement builder. */
final class FigureSql {

    private FigureSql() {
    }

    /** Satisfied: yes; 4-5 of 5; 9-10 of 10; free text not marked as a problem. Grades are not scored. */
    static final String OWN_SATISFIED = "CASE a.item_type WHEN 'YES_NO' THEN a.bool_value = 1 "
            + "WHEN 'SCALE_1_5' THEN a.int_value >= 4 WHEN 'SCALE_0_10' THEN a.int_value >= 9 "
            + "WHEN 'FREE_TEXT' THEN a.problem = 0 ELSE 0 END";
    /** Vendor rows carry no problem mark: free text is satisfied when empty. */
    static final String VENDOR_SATISFIED = "CASE a.item_type WHEN 'YES_NO' THEN a.bool_value = 1 "
            + "WHEN 'SCALE_1_5' THEN a.int_value >= 4 WHEN 'SCALE_0_10' THEN a.int_value >= 9 "
            + "WHEN 'FREE_TEXT' THEN (a.text_value IS NULL OR TRIM(a.text_value) = '') ELSE 0 END";
    /** An answer as a score from 0 to 1: no/yes, (n-1)/4 of 5, n/10 of 10; free text and grades have none. */
    static final String SCORE = "CASE a.item_type WHEN 'YES_NO' THEN a.bool_value "
            + "WHEN 'SCALE_1_5' THEN (a.int_value - 1) / 4 WHEN 'SCALE_0_10' THEN a.int_value / 10 END";

    static String key(Object value) {
        if (value instanceof byte[] bytes) {
            if (bytes.length == 16) {
                return JdbcColumns.uuid(bytes).toString();
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }

    static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits())
                .array();
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    /** A statement and its parameters, built in order. */
    static final class Sql {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        Sql(String start) {
            text.append(start);
        }

        Sql append(String part) {
            text.append(part);
            return this;
        }

        Sql param(Object value) {
            params.add(value);
            return this;
        }

        Sql marks(Collection<String> values) {
            boolean first = true;
            for (String value : values) {
                text.append(first ? "?" : ", ?");
                params.add(value);
                first = false;
            }
            return this;
        }

        /** The column within the period: timestamps against instants, dates against days. */
        Sql range(String column, Period p, boolean timestamp) {
            text.append(column).append(" >= ? AND ").append(column).append(" < ?");
            params.add(timestamp ? utc(p.from()) : p.first());
            params.add(timestamp ? utc(p.to()) : p.end());
            return this;
        }

        Sql callJoins(GroupBy groupBy) {
            if (groupBy.joinsCustomer) {
                text.append(" JOIN " + CustomerFacts.CUSTOMERS + " cu ON cu.id = c.customer_id");
            }
            if (groupBy.joinsEquipment) {
                text.append(" LEFT JOIN " + CustomerFacts.EQUIPMENT + " e ON e.id = c.equipment_id");
            }
            return this;
        }

        Sql vendorJoins(GroupBy groupBy) {
            if (groupBy == GroupBy.PROVINCE) {
                text.append(" JOIN " + CustomerFacts.CUSTOMERS + " vc ON vc.id = s.customer_id");
            }
            if (groupBy.joinsEquipment) {
                text.append(" LEFT JOIN " + CustomerFacts.EQUIPMENT + " e ON e.id = s.equipment_id");
            }
            return this;
        }

        Sql callScope(Scope scope) {
            text.append(" AND c.purpose IN (");
            boolean first = true;
            for (CallPurpose purpose : CallPurpose.values()) {
                if (scope.purposes().contains(purpose)) {
                    text.append(first ? "?" : ", ?");
                    params.add(purpose.name());
                    first = false;
                }
            }
            text.append(first ? "NULL)" : ")");
            return tenancy("c", scope);
        }

        Sql vendorScope(Scope scope) {
            if (!scope.countsVendorRows()) {
                text.append(" AND 1 = 0");
            }
            return tenancy("s", scope);
        }

        private Sql tenancy(String alias, Scope scope) {
            if (scope.dealerId() != null) {
                text.append(" AND ").append(alias).append(".dealer_id = ?");
                params.add(bytes(scope.dealerId()));
            }
            if (scope.stationId() != null) {
                text.append(" AND ").append(alias).append(".station_id = ?");
                params.add(bytes(scope.stationId()));
            }
            return this;
        }

        /** Complaints of a dealer (or station): those about visits its stations made. */
        Sql complaintScope(Scope scope) {
            if (scope.dealerId() != null) {
                text.append(" AND x.visit_id IN (SELECT v.id FROM " + VisitFacts.VISITS + " v WHERE v.dealer_id = ?)");
                params.add(bytes(scope.dealerId()));
            }
            if (scope.stationId() != null) {
                text.append(" AND x.visit_id IN (SELECT v.id FROM " + VisitFacts.VISITS + " v WHERE v.station_id = ?)");
                params.add(bytes(scope.stationId()));
            }
            return this;
        }

        int update(Connection connection) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(text.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    statement.setObject(i + 1, params.get(i));
                }
                return statement.executeUpdate();
            }
        }

        void query(Connection connection, RowHandler handler) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(text.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    statement.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        handler.row(rs);
                    }
                }
            }
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
