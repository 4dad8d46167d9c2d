package io.fieldback.maintenance.internal;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.Query;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.JdbcBatch;
import io.fieldback.common.UuidV7;
import io.fieldback.customer.MachineDelivery;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.logging.Log;

/**
 * The first item of machines that have none (no service yet: most of a network on the nightly run), computed and
 * inserted by the database in one INSERT ... SELECT per rule and chunk, from the rule's own SQL (Forecast,
 * DueWindows, ForecastService) instead of reading every machine's readings into Java and writing a row each.
 * The machines come as a JSON array (their id, owner, dealer, delivery and the new item's id): this feature reads
 * machines through the customer feature's facade, never its tables.
 */
@ApplicationScoped
class FirstDueInserts {

    private static final String MACHINES = "JSON_TABLE(?1, '$[*]' COLUMNS (i CHAR(32) PATH '$.i', e CHAR(32) PATH "
            + "'$.e', c CHAR(32) PATH '$.c', d CHAR(32) PATH '$.d', delivered DATE PATH '$.on')) m";

    private final ForecastService forecasts;

    FirstDueInserts(ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    /** Inserts the first item of each machine (all of this rule's series, none with an item); how many. */
    int insert(MaintenanceRule rule, List<MachineDelivery> machines) {
        if (machines.isEmpty()) {
            return 0;
        }
        Query insert = Panache.getEntityManager().createNativeQuery(sql(rule))
                .setParameter(1, json(machines)).setParameter(2, JdbcBatch.hex(rule.id))
                .setParameter(3, forecasts.today().toString())
                .setParameter(4, JdbcBatch.timestamp(JdbcBatch.stamp()));
        if (Forecast.Intervals.of(rule).meterAtFirst() != null) {
            insert.setParameter(5, JdbcBatch.hex(bound(machines, -1)))
                    .setParameter(6, JdbcBatch.hex(bound(machines, 1)));
        }
        int inserted = insert.executeUpdate();
        if (inserted < machines.size()) {
            Log.warnf("%d machines of series %s: next service outside the calendar a plan can use; no due item",
                    machines.size() - inserted, rule.productSeries);
        }
        return inserted;
    }

    String sql(MaintenanceRule rule) {
        Forecast.Intervals intervals = Forecast.Intervals.of(rule);
        String today = "CAST(?3 AS DATE)";
        return "INSERT INTO maintenance_due_items (id, equipment_id, customer_id, dealer_id, station_id, rule_id, "
                + "sequence_no, date_due, meter_due, meter_unit, meter_due_estimated, due_date, due_trigger, state, "
                + "version, created_at, updated_at) SELECT UNHEX(x.i), UNHEX(x.e), UNHEX(x.c), UNHEX(x.d), NULL, "
                + "UNHEX(?2), 1, x.date_due, x.meter_due, x.meter_unit, x.meter_day, x.due_date, x.due_trigger, "
                + forecasts.windows().stateSql("x.due_date", today) + ", 0, ?4, ?4 FROM (SELECT y.*, "
                + Forecast.dueColumns() + " FROM (SELECT m.i, m.e, m.c, m.d, "
                + Forecast.firstDueColumns(intervals, forecasts.dailyUsage(rule.meterUnit)) + " FROM " + MACHINES
                + (intervals.meterAtFirst() == null ? "" : readings(rule)) + ") y) x WHERE "
                + forecasts.withinHorizonSql(today);
    }

    /**
     * Per machine, its readings of the rule's unit as Forecast reads them (ordered by day, then value): how many,
     * the first day and value, the latest day and value. Read over the machines' id range (?5 to ?6), one range
     * of the readings' (machine, unit) index, rather than by the list of ids through JSON_TABLE (a profile of the
     * bench run had these statements at 99 s of the run's 219 s, twice the plain SQL pass for everything); the join
     * keeps the machines of the list.
     */
    private static String readings(MaintenanceRule rule) {
        String unit = rule.meterUnit == null ? "FALSE" : "unit = '" + rule.meterUnit.name() + "'";
        return " LEFT JOIN (SELECT equipment_id, COUNT(*) AS n, MIN(read_on) AS first_on, MAX(read_on) AS last_on, "
                + "CAST(SUBSTRING(MIN(CONCAT(read_on, LPAD(reading, 10, '0'))), 11) AS SIGNED) AS first_value, "
                + "CAST(SUBSTRING(MAX(CONCAT(read_on, LPAD(reading, 10, '0'))), 11) AS SIGNED) AS last_value "
                + "FROM meter_readings WHERE equipment_id BETWEEN UNHEX(?5) AND UNHEX(?6) AND " + unit
                + " GROUP BY equipment_id) r ON r.equipment_id = UNHEX(m.e)";
    }

    /** The lowest ({@code sign} -1) or highest (1) id as the database orders BINARY(16): bytes unsigned. */
    private static UUID bound(List<MachineDelivery> machines, int sign) {
        UUID bound = machines.get(0).id();
        for (MachineDelivery m : machines) {
            UUID id = m.id();
            int order = Long.compareUnsigned(id.getMostSignificantBits(), bound.getMostSignificantBits());
            order = order != 0 ? order : Long.compareUnsigned(id.getLeastSignificantBits(), bound.getLeastSignificantBits());
            bound = order * sign > 0 ? id : bound;
        }
        return bound;
    }

    private static String json(List<MachineDelivery> machines) {
        StringBuilder json = new StringBuilder(machines.size() * 160).append('[');
        for (MachineDelivery m : machines) {
            json.append(json.length() == 1 ? "" : ",").append("{\"i\":\"").append(JdbcBatch.hex(UuidV7.next()))
                    .append("\",\"e\":\"").append(JdbcBatch.hex(m.id())).append("\",\"c\":\"")
                    .append(JdbcBatch.hex(m.customerId())).append('"');
            if (m.dealerId() != null) {
                json.append(",\"d\":\"").append(JdbcBatch.hex(m.dealerId())).append('"');
            }
            json.append(",\"on\":\"").append(m.deliveredOn()).append("\"}");
        }
        return json.append(']').toString();
    }
}
