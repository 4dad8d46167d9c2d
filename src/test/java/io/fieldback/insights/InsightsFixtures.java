package io.fieldback.insights;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.fieldback.common.UuidV7;

/**
 * Hand-built data for the insights tests, written with SQL (survey uploads are built in parallel, and
 * calls in every status are quicker to state than to drive through the queue). Each test takes weeks
 * of its own far in the future, which no other test touches, so totals are exactly what it inserted.
 */
final class InsightsFixtures {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final UUID QUESTIONNAIRE_V1 = UUID.fromString("0193a000-0000-7000-8000-0000000000f1");
    private static final AtomicInteger NEXT = new AtomicInteger(new Random().nextInt(4000));

    private final DataSource db;

    InsightsFixtures(DataSource db) {
        this.db = db;
    }

    /** The Monday of a week nobody else uses (the week before it is free too). */
    static LocalDate freshMonday() {
        int n = NEXT.getAndAdd(3);
        return LocalDate.of(2300, 1, 1).with(DayOfWeek.MONDAY).plusWeeks(10 + n);
    }

    static String isoWeek(LocalDate monday) {
        return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** A local time on a day of the report's zone, as an instant. */
    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    UUID dealer() {
        UUID id = UuidV7.next();
        exec("INSERT INTO dealers (id, code, name, active, version, created_at, updated_at) VALUES (?, ?, ?, TRUE, 0, NOW(6), NOW(6))",
                bytes(id), code("D"), "洞察经销商");
        return id;
    }

    UUID station(UUID dealer, String region) {
        UUID id = UuidV7.next();
        exec("INSERT INTO stations (id, code, name, dealer_id, region, latitude, longitude, open_24h, active, version, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 31.2, 121.4, FALSE, TRUE, 0, NOW(6), NOW(6))",
                bytes(id), code("S"), "服务站" + region, bytes(dealer), region);
        return id;
    }

    UUID customer(String region, String importance, String relationship) {
        UUID id = UuidV7.next();
        exec("INSERT INTO customers (id, code, name, relationship, importance, region, do_not_call, active, version, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, FALSE, TRUE, 0, NOW(6), NOW(6))",
                bytes(id), code("C"), "洞察客户", relationship, importance, region);
        return id;
    }

    UUID equipment(UUID customer, String series) {
        UUID id = UuidV7.next();
        exec("INSERT INTO equipment (id, customer_id, serial_number, product_series, application, active, version, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, 'TRUCK', TRUE, 0, NOW(6), NOW(6))",
                bytes(id), bytes(customer), code("SN"), series);
        return id;
    }

    UUID visit(UUID customer, UUID station, UUID dealer) {
        UUID id = UuidV7.next();
        exec("INSERT INTO visits (id, customer_id, station_id, dealer_id, type, status, source, requested_at, version, "
                + "created_at, updated_at) VALUES (?, ?, ?, ?, 'MAINTENANCE', 'COMPLETED', 'PHONE', NOW(6), 0, NOW(6), NOW(6))",
                bytes(id), bytes(customer), bytes(station), bytes(dealer));
        return id;
    }

    /** What a call is about and where it stands. */
    record Call(UUID customer, UUID station, UUID dealer, UUID equipment, String series, String relationship,
            String status, String reason, int attempts, boolean perfunctory, Instant due) {
    }

    static Call call(UUID customer, UUID station, UUID dealer, UUID equipment, String series, String relationship,
            String status, Instant due) {
        return new Call(customer, station, dealer, equipment, series, relationship, status, null,
                status.equals("NOT_ELIGIBLE") ? 0 : 1, false, due);
    }

    static Call withReason(Call c, String reason) {
        return new Call(c.customer(), c.station(), c.dealer(), c.equipment(), c.series(), c.relationship(), c.status(),
                reason, c.attempts(), c.perfunctory(), c.due());
    }

    static Call withAttempts(Call c, int attempts) {
        return new Call(c.customer(), c.station(), c.dealer(), c.equipment(), c.series(), c.relationship(), c.status(),
                c.reason(), attempts, c.perfunctory(), c.due());
    }

    static Call perfunctory(Call c) {
        return new Call(c.customer(), c.station(), c.dealer(), c.equipment(), c.series(), c.relationship(), c.status(),
                c.reason(), c.attempts(), true, c.due());
    }

    /** An answer: item code, then a Boolean, an Integer or a String (free text; "!" in front marks a problem). */
    record A(String code, Object value) {
    }

    static A a(String code, Object value) {
        return new A(code, value);
    }

    /** The standard questionnaire's answers: four yes/no with their 1-5 scores, and optional free text. */
    static List<A> v1(boolean q, int qs, boolean at, int ats, boolean sp, int sps, boolean pr, int prs, String other) {
        List<A> answers = new java.util.ArrayList<>(List.of(a("quality_satisfied", q), a("quality_score", qs),
                a("attitude_satisfied", at), a("attitude_score", ats), a("speed_satisfied", sp), a("speed_score", sps),
                a("proactive_satisfied", pr), a("proactive_score", prs)));
        if (other != null) {
            answers.add(a("other_feedback", other));
        }
        return answers;
    }

    UUID insert(Call c, List<A> answers) {
        UUID id = UuidV7.next();
        boolean completed = c.status().equals("COMPLETED");
        exec("INSERT INTO followup_calls (id, source, status, ineligible_reason, customer_id, equipment_id, station_id, "
                + "dealer_id, relationship, product_line, due_at, attempt_count, counted_attempts, questionnaire_id, "
                + "questionnaire_version, perfunctory, created_by, version, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 'insights-test', 0, NOW(6), NOW(6))",
                bytes(id), c.station() == null ? "BACK_OFFICE" : "VISIT", c.status(), c.reason(), bytes(c.customer()),
                bytes(c.equipment()), bytes(c.station()), bytes(c.dealer()), c.relationship(), c.series(),
                utc(c.due()), c.attempts(), completed ? bytes(QUESTIONNAIRE_V1) : null, completed ? 1 : null,
                c.perfunctory());
        int position = 0;
        for (A answer : answers) {
            Object v = answer.value();
            boolean problem = v instanceof String s && s.startsWith("!");
            exec("INSERT INTO followup_answers (followup_id, position, item_code, item_type, bool_value, int_value, "
                    + "text_value, problem) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    bytes(id), position++, answer.code(), type(v), v instanceof Boolean b ? b : null,
                    v instanceof Integer i ? i : null, v instanceof String s ? (problem ? s.substring(1) : s) : null,
                    problem);
        }
        markStale(LocalDate.ofInstant(c.due(), ZONE));
        return id;
    }

    /**
     * Rows written here bypass the app's writers, so the fixture marks their day stale in the insights read
     * model as those writers do (the reports then rebuild it before they read it).
     */
    void markStale(LocalDate day) {
        exec("INSERT IGNORE INTO insights_dirty_days (day, marked_at) VALUES (?, NOW(6))", day);
    }

    UUID vendor() {
        UUID id = UuidV7.next();
        exec("INSERT INTO vendors (id, code, name, active, version, created_at, updated_at) VALUES (?, ?, ?, TRUE, 0, NOW(6), NOW(6))",
                bytes(id), code("V"), "调查公司");
        return id;
    }

    /** The finished upload a vendor's rows came in (one per row here: reports do not look at batches). */
    private UUID batch(UUID vendor) {
        UUID id = UuidV7.next();
        exec("INSERT INTO survey_batches (id, vendor_id, vendor_batch_id, questionnaire_id, questionnaire_version, format, "
                + "charset_name, content_sha256, size_bytes, storage_key, status, processed_rows, accepted_rows, rejected_rows, "
                + "checkpoint_records, attempts, uploaded_by, version, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, 1, 'CSV', 'UTF-8', REPEAT('0', 64), 0, 'test', 'DONE', 1, 1, 0, 1, 1, 'test', 0, NOW(6), NOW(6))",
                bytes(id), bytes(vendor), code("B"), bytes(QUESTIONNAIRE_V1));
        return id;
    }

    /** A vendor's survey row, with the customer's segments as copied at upload. */
    record Row(UUID vendor, UUID customer, UUID station, UUID dealer, UUID equipment, String region,
            String importance, String relationship, String series, LocalDate interviewed) {
    }

    UUID insert(Row r, List<A> answers) {
        UUID id = UuidV7.next();
        exec("INSERT INTO survey_results (id, batch_id, vendor_id, vendor_row_id, line_number, customer_id, equipment_id, "
                + "station_id, dealer_id, relationship, importance, region, product_line, questionnaire_id, "
                + "questionnaire_version, interview_date, method, created_at) "
                + "VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 'PHONE', NOW(6))",
                bytes(id), bytes(batch(r.vendor())), bytes(r.vendor()), code("R"), bytes(r.customer()), bytes(r.equipment()),
                bytes(r.station()), bytes(r.dealer()), r.relationship(), r.importance(), r.region(), r.series(),
                bytes(QUESTIONNAIRE_V1), r.interviewed());
        int position = 0;
        for (A answer : answers) {
            Object v = answer.value();
            exec("INSERT INTO survey_result_answers (result_id, position, item_code, item_type, bool_value, int_value, "
                    + "text_value) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    bytes(id), position++, answer.code(), type(v), v instanceof Boolean b ? b : null,
                    v instanceof Integer i ? i : null, v instanceof String s ? s : null);
        }
        markStale(r.interviewed());
        return id;
    }

    /** A complaint and its three clocks; each clock is [due, stopped or null]. */
    UUID complaint(UUID customer, UUID visit, String category, Instant received, UUID duplicateOf,
            Instant[] firstContact, Instant[] reply, Instant[] corrective, Instant firstClosed) {
        UUID id = UuidV7.next();
        exec("INSERT INTO complaints (id, customer_id, visit_id, channel, category, severity, description, received_at, "
                + "status, duplicate_of, first_closed_at, closed_at, created_by, version, created_at, updated_at) "
                + "VALUES (?, ?, ?, 'HOTLINE', ?, 'NORMAL', '发动机异响', ?, ?, ?, ?, ?, 'insights-test', 0, NOW(6), NOW(6))",
                bytes(id), bytes(customer), bytes(visit), category, utc(received),
                firstClosed == null ? "INVESTIGATING" : "CLOSED", bytes(duplicateOf), utc(firstClosed), utc(firstClosed));
        clock(id, "FIRST_CONTACT", firstContact);
        clock(id, "REPLY", reply);
        clock(id, "CORRECTIVE_REPORT", corrective);
        return id;
    }

    private void clock(UUID complaint, String kind, Instant[] dueAndStop) {
        if (dueAndStop == null) {
            return;
        }
        // the complaint's clock on the clock module's table (subject type 'complaint', as complaint.internal.Deadlines)
        exec("INSERT INTO deadline_clocks (id, subject_type, subject_id, kind, due_at, stopped_at) "
                + "VALUES (?, 'complaint', ?, ?, ?, ?)",
                bytes(UuidV7.next()), bytes(complaint), kind, utc(dueAndStop[0]), utc(dueAndStop[1]));
    }

    void secondSatisfaction(UUID complaint, boolean satisfied, Instant at) {
        exec("UPDATE complaints SET second_satisfied = ?, second_at = ? WHERE id = ?", satisfied, utc(at), bytes(complaint));
    }

    void reopened(UUID complaint, Instant at) {
        exec("INSERT INTO complaint_history (id, complaint_id, from_status, to_status, actor, at) VALUES (?, ?, 'CLOSED', 'REOPENED', 'insights-test', ?)",
                bytes(UuidV7.next()), bytes(complaint), utc(at));
    }

    private static String type(Object v) {
        return v instanceof Boolean ? "YES_NO" : v instanceof Integer ? "SCALE_1_5" : "FREE_TEXT";
    }

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    static byte[] bytes(UUID id) {
        return id == null ? null
                : ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private void exec(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
