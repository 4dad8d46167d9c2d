package io.fieldback.survey;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.fieldback.common.FieldError;
import io.fieldback.followup.Answer;
import io.fieldback.followup.QuestionnaireAnswers;

/**
 * Validates one chunk of rows: fields, answers (with the follow-up answer rules), customers resolved in
 * bulk (one query per kind of key for the whole chunk, never one per row) and row ids unique in the batch.
 */
final class SurveyRows {

    /** Who a row is about, as far as its keys tell. */
    record Target(UUID customerId, String relationship, String importance, String region, UUID dealerId,
            UUID equipmentId, String productSeries, UUID visitId, UUID stationId) {
    }

    record Accepted(UUID id, SurveyFile.RawRow row, String rowId, Target target, LocalDate interviewDate,
            SurveyMethod method, List<Answer> answers) {
    }

    record Rejected(SurveyFile.RawRow row, String rowId, List<FieldError> errors) {
    }

    record Outcome(List<Accepted> accepted, List<Rejected> rejected) {
    }

    private SurveyRows() {
    }

    static Outcome check(Connection c, UUID batchId, List<SurveyFile.RawRow> rows, QuestionnaireAnswers answers,
            QuestionnaireAnswers.Form form, LocalDate today) throws SQLException {
        Set<String> codes = new HashSet<>();
        Set<String> serials = new HashSet<>();
        Set<String> orders = new HashSet<>();
        Set<String> rowIds = new HashSet<>();
        for (SurveyFile.RawRow row : rows) {
            add(codes, row.fields().get(SurveyFile.CUSTOMER_CODE), 32);
            add(serials, row.fields().get(SurveyFile.EQUIPMENT_SERIAL), 40);
            add(orders, row.fields().get(SurveyFile.REPAIR_ORDER_NUMBER), 40);
            add(rowIds, row.fields().get(SurveyFile.ROW_ID), 64);
        }
        Map<String, Target> byCode = customers(c, codes);
        Map<String, Target> bySerial = equipment(c, serials);
        Map<String, List<Target>> byOrder = visits(c, orders);
        Set<String> earlier = earlierRowIds(c, batchId, rowIds);

        List<Accepted> accepted = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Map<String, Long> seenAt = new HashMap<>();
        for (SurveyFile.RawRow row : rows) {
            List<FieldError> errors = new ArrayList<>(row.problems());
            String rowId = text(row, SurveyFile.ROW_ID);
            if (rowId == null) {
                errors.add(new FieldError(SurveyFile.ROW_ID, "required: the vendor's id of the row"));
            } else if (rowId.length() > 64) {
                errors.add(new FieldError(SurveyFile.ROW_ID, "at most 64 characters"));
                rowId = rowId.substring(0, 64);
            } else if (earlier.contains(rowId)) {
                errors.add(new FieldError(SurveyFile.ROW_ID, "duplicate row id '" + rowId + "': an earlier row of this batch has it"));
            } else if (seenAt.containsKey(rowId)) {
                errors.add(new FieldError(SurveyFile.ROW_ID, "duplicate row id '" + rowId + "': line " + seenAt.get(rowId)
                        + " of this batch has it"));
            }
            if (rowId != null && !seenAt.containsKey(rowId)) {
                seenAt.put(rowId, row.line());
            }
            Target target = resolve(row, byCode, bySerial, byOrder, errors);
            LocalDate date = null;
            String dateText = text(row, SurveyFile.INTERVIEW_DATE);
            if (dateText == null) {
                errors.add(new FieldError(SurveyFile.INTERVIEW_DATE, "required: the date of the interview (YYYY-MM-DD)"));
            } else {
                try {
                    date = LocalDate.parse(dateText);
                    if (date.isAfter(today)) {
                        errors.add(new FieldError(SurveyFile.INTERVIEW_DATE, "'" + dateText + "' is in the future"));
                    } else if (date.getYear() < 2000) {
                        errors.add(new FieldError(SurveyFile.INTERVIEW_DATE, "'" + dateText + "' is before 2000"));
                    }
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError(SurveyFile.INTERVIEW_DATE, "'" + dateText + "' is not a date (YYYY-MM-DD)"));
                }
            }
            SurveyMethod method = null;
            String methodText = text(row, SurveyFile.METHOD);
            if (methodText == null) {
                errors.add(new FieldError(SurveyFile.METHOD, "required: PHONE, WEB or FACE_TO_FACE"));
            } else if ((method = SurveyMethod.parse(methodText)) == null) {
                errors.add(new FieldError(SurveyFile.METHOD, "'" + methodText + "' is not one of: PHONE, WEB, FACE_TO_FACE"));
            }
            QuestionnaireAnswers.Checked checked = answers.check(form, row.answers());
            for (FieldError e : checked.errors()) {
                errors.add(new FieldError(answerField(e.field(), row), e.message()));
            }
            if (errors.isEmpty()) {
                accepted.add(new Accepted(io.fieldback.common.UuidV7.next(), row, rowId, target, date, method,
                        checked.answers()));
            } else {
                rejected.add(new Rejected(row, rowId, errors));
            }
        }
        return new Outcome(accepted, rejected);
    }

    /** answers[2].value -> the column (CSV) or answers.code (JSON) of the third answer. */
    private static String answerField(String field, SurveyFile.RawRow row) {
        if (field.startsWith("answers[")) {
            int end = field.indexOf(']');
            int i = Integer.parseInt(field.substring("answers[".length(), end));
            if (i < row.answerFields().size()) {
                return row.answerFields().get(i);
            }
        }
        return field;
    }

    private static Target resolve(SurveyFile.RawRow row, Map<String, Target> byCode, Map<String, Target> bySerial,
            Map<String, List<Target>> byOrder, List<FieldError> errors) {
        String code = text(row, SurveyFile.CUSTOMER_CODE);
        String serial = text(row, SurveyFile.EQUIPMENT_SERIAL);
        String order = text(row, SurveyFile.REPAIR_ORDER_NUMBER);
        if (code == null && serial == null && order == null) {
            errors.add(new FieldError(SurveyFile.CUSTOMER_CODE, "the row names no customer: give customerCode, "
                    + "equipmentSerial or repairOrderNumber"));
            return null;
        }
        Target visit = null;
        Target unit = null;
        Target customer = null;
        boolean unknown = false;
        if (order != null) {
            List<Target> found = byOrder.getOrDefault(order, List.of());
            if (found.isEmpty()) {
                errors.add(new FieldError(SurveyFile.REPAIR_ORDER_NUMBER, "no visit with repair-order number '" + order + "'"));
                unknown = true;
            } else if (found.size() > 1) {
                errors.add(new FieldError(SurveyFile.REPAIR_ORDER_NUMBER, "repair-order number '" + order
                        + "' is used by several dealers; name the customer by customerCode or equipmentSerial instead"));
                unknown = true;
            } else {
                visit = found.get(0);
            }
        }
        if (serial != null) {
            unit = bySerial.get(serial);
            if (unit == null) {
                errors.add(new FieldError(SurveyFile.EQUIPMENT_SERIAL, "no equipment with serial number '" + serial + "'"));
                unknown = true;
            }
        }
        if (code != null) {
            customer = byCode.get(code);
            if (customer == null) {
                errors.add(new FieldError(SurveyFile.CUSTOMER_CODE, "no customer with code '" + code + "'"));
                unknown = true;
            }
        }
        if (unknown) {
            return null;
        }
        Target base = visit != null ? visit : unit != null ? unit : customer;
        if ((unit != null && !unit.customerId().equals(base.customerId()))
                || (customer != null && !customer.customerId().equals(base.customerId()))) {
            errors.add(new FieldError(customer != null ? SurveyFile.CUSTOMER_CODE : SurveyFile.EQUIPMENT_SERIAL,
                    "names another customer than " + (visit != null ? SurveyFile.REPAIR_ORDER_NUMBER : SurveyFile.EQUIPMENT_SERIAL)));
            return null;
        }
        if (visit != null && unit != null) {
            return new Target(visit.customerId(), visit.relationship(), visit.importance(), visit.region(),
                    visit.dealerId(), unit.equipmentId(), unit.productSeries(), visit.visitId(), visit.stationId());
        }
        return base;
    }

    private static String text(SurveyFile.RawRow row, String field) {
        String value = row.fields().get(field);
        return value == null || value.isEmpty() ? null : value;
    }

    private static void add(Set<String> keys, String value, int max) {
        if (value != null && !value.isEmpty() && value.length() <= max) {
            keys.add(value);
        }
    }

    private static Map<String, Target> customers(Connection c, Set<String> codes) throws SQLException {
        Map<String, Target> found = new HashMap<>();
        query(c, "SELECT code, id, relationship, importance, region, dealer_id FROM customers WHERE code IN (%s)", codes,
                rs -> found.put(rs.getString(1), new Target(uuid(rs.getBytes(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), uuid(rs.getBytes(6)), null, null, null, null)));
        return found;
    }

    private static Map<String, Target> equipment(Connection c, Set<String> serials) throws SQLException {
        Map<String, Target> found = new HashMap<>();
        query(c, "SELECT e.serial_number, c.id, c.relationship, c.importance, c.region, c.dealer_id, e.id, e.product_series"
                + " FROM equipment e JOIN customers c ON c.id = e.customer_id WHERE e.serial_number IN (%s)", serials,
                rs -> found.put(rs.getString(1), new Target(uuid(rs.getBytes(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), uuid(rs.getBytes(6)), uuid(rs.getBytes(7)), rs.getString(8), null, null)));
        return found;
    }

    private static Map<String, List<Target>> visits(Connection c, Set<String> orders) throws SQLException {
        Map<String, List<Target>> found = new HashMap<>();
        query(c, "SELECT v.repair_order_number, c.id, c.relationship, c.importance, c.region, v.dealer_id, v.equipment_id,"
                + " e.product_series, v.id, v.station_id FROM visits v JOIN customers c ON c.id = v.customer_id"
                + " LEFT JOIN equipment e ON e.id = v.equipment_id WHERE v.repair_order_number IN (%s)", orders,
                rs -> found.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Target(uuid(rs.getBytes(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), uuid(rs.getBytes(6)), uuid(rs.getBytes(7)),
                        rs.getString(8), uuid(rs.getBytes(9)), uuid(rs.getBytes(10)))));
        return found;
    }

    /** Row ids of this batch already stored or rejected by earlier chunks. */
    private static Set<String> earlierRowIds(Connection c, UUID batchId, Set<String> rowIds) throws SQLException {
        Set<String> found = new HashSet<>();
        if (rowIds.isEmpty()) {
            return found;
        }
        String in = placeholders(rowIds.size());
        try (PreparedStatement ps = c.prepareStatement("SELECT vendor_row_id FROM survey_results WHERE batch_id = ? AND vendor_row_id IN ("
                + in + ") UNION SELECT vendor_row_id FROM survey_batch_rejections WHERE batch_id = ? AND vendor_row_id IN (" + in + ")")) {
            int i = 1;
            ps.setBytes(i++, bytes(batchId));
            for (String id : rowIds) {
                ps.setString(i++, id);
            }
            ps.setBytes(i++, bytes(batchId));
            for (String id : rowIds) {
                ps.setString(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, Collection<String> keys, RowHandler handler) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        List<String> list = new ArrayList<>(new LinkedHashSet<>(keys));
        try (PreparedStatement ps = c.prepareStatement(sql.formatted(placeholders(list.size())))) {
            for (int i = 0; i < list.size(); i++) {
                ps.setString(i + 1, list.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
        }
    }

    private static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    static byte[] bytes(UUID id) {
        if (id == null) {
            return null;
        }
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    static UUID uuid(byte[] b) {
        if (b == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(b);
        return new UUID(buffer.getLong(), buffer.getLong());
    }
}
