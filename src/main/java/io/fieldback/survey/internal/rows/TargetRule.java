package io.fieldback.survey.internal.rows;

import java.util.List;

import io.fieldback.survey.internal.format.Columns;
import io.fieldback.survey.internal.format.RawRow;

/**
 * The row names a known customer by code, machine serial or repair-order number (at least one); when it gives
 * several, they all name the same customer. The visit gives the dealer and station, the machine its series.
 */
final class TargetRule implements RowRule {

    private final Known known;

    TargetRule(Known known) {
        this.known = known;
    }

    @Override
    public void check(RawRow row, Verdict verdict) {
        String code = row.text(Columns.CUSTOMER_CODE);
        String serial = row.text(Columns.EQUIPMENT_SERIAL);
        String order = row.text(Columns.REPAIR_ORDER_NUMBER);
        if (code == null && serial == null && order == null) {
            verdict.reject(Columns.CUSTOMER_CODE, "the row names no customer: give customerCode, "
                    + "equipmentSerial or repairOrderNumber");
            return;
        }
        int before = verdict.errors.size();
        Target visit = order == null ? null : visit(order, verdict);
        Target unit = serial == null ? null : found(known.bySerial().get(serial), verdict, Columns.EQUIPMENT_SERIAL,
                "no equipment with serial number '" + serial + "'");
        Target customer = code == null ? null : found(known.byCode().get(code), verdict, Columns.CUSTOMER_CODE,
                "no customer with code '" + code + "'");
        if (verdict.errors.size() == before) {
            verdict.target = consistent(visit, unit, customer, verdict);
        }
    }

    private Target visit(String order, Verdict verdict) {
        List<Target> found = known.byOrder().getOrDefault(order, List.of());
        if (found.isEmpty()) {
            verdict.reject(Columns.REPAIR_ORDER_NUMBER, "no visit with repair-order number '" + order + "'");
            return null;
        }
        if (found.size() > 1) {
            verdict.reject(Columns.REPAIR_ORDER_NUMBER, "repair-order number '" + order
                    + "' is used by several dealers; name the customer by customerCode or equipmentSerial instead");
            return null;
        }
        return found.get(0);
    }

    private static Target found(Target target, Verdict verdict, String field, String missing) {
        if (target == null) {
            verdict.reject(field, missing);
        }
        return target;
    }

    /** The target when every key names the same customer; null (and a problem) otherwise. */
    private static Target consistent(Target visit, Target unit, Target customer, Verdict verdict) {
        Target base = visit != null ? visit : unit != null ? unit : customer;
        if ((unit != null && !unit.customerId().equals(base.customerId()))
                || (customer != null && !customer.customerId().equals(base.customerId()))) {
            verdict.reject(customer != null ? Columns.CUSTOMER_CODE : Columns.EQUIPMENT_SERIAL, "names another customer than "
                    + (visit != null ? Columns.REPAIR_ORDER_NUMBER : Columns.EQUIPMENT_SERIAL));
            return null;
        }
        return visit != null && unit != null ? visit.withUnit(unit) : base;
    }
}
