package io.fieldback.survey.internal.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.BusinessMetrics;
import io.fieldback.followup.Answer;
import io.fieldback.followup.QuestionnaireAnswers;
import io.fieldback.survey.internal.rows.Outcome;
import io.fieldback.survey.internal.rows.Target;

/** Inserts accepted rows and their answers, two batched statements per chunk. */
@ApplicationScoped
class ResultRows {

    private static final String RESULT = "INSERT INTO survey_results (id, batch_id, vendor_id, vendor_row_id, line_number,"
            + " customer_id, equipment_id, visit_id, station_id, dealer_id, relationship, importance, region, product_line,"
            + " questionnaire_id, questionnaire_version, interview_date, method, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String ANSWER = "INSERT INTO survey_result_answers (result_id, position, item_code, item_type,"
            + " bool_value, int_value, text_value, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private final QuestionnaireAnswers questionnaires;

    ResultRows(QuestionnaireAnswers questionnaires) {
        this.questionnaires = questionnaires;
    }

    void insert(Connection c, UUID batchId, UUID vendorId, QuestionnaireAnswers.Form form, List<Outcome.Accepted> rows,
            Instant now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement results = c.prepareStatement(RESULT); PreparedStatement answers = c.prepareStatement(ANSWER)) {
            for (Outcome.Accepted row : rows) {
                bindResult(results, batchId, vendorId, form, row, now);
                results.addBatch();
                bindAnswers(answers, row);
            }
            results.executeBatch();
            answers.executeBatch();
        }
        BusinessMetrics.count(BusinessMetrics.IMPORT_ROWS, rows.size(), "result", "accepted");
    }

    private void bindResult(PreparedStatement ps, UUID batchId, UUID vendorId, QuestionnaireAnswers.Form form,
            Outcome.Accepted row, Instant now) throws SQLException {
        Target t = row.target();
        int i = 1;
        ps.setBytes(i++, Binary.bytes(row.id()));
        ps.setBytes(i++, Binary.bytes(batchId));
        ps.setBytes(i++, Binary.bytes(vendorId));
        ps.setString(i++, row.rowId());
        ps.setLong(i++, row.row().line());
        ps.setBytes(i++, Binary.bytes(t.customerId()));
        ps.setBytes(i++, Binary.bytes(t.equipmentId()));
        ps.setBytes(i++, Binary.bytes(t.visitId()));
        ps.setBytes(i++, Binary.bytes(t.stationId()));
        ps.setBytes(i++, Binary.bytes(t.dealerId()));
        ps.setString(i++, t.relationship());
        ps.setString(i++, t.importance());
        ps.setString(i++, t.region());
        ps.setString(i++, questionnaires.productLine(t.productSeries()));
        ps.setBytes(i++, Binary.bytes(form.id()));
        ps.setInt(i++, form.version());
        ps.setObject(i++, row.interviewDate());
        ps.setString(i++, row.method().name());
        ps.setObject(i++, ResultStore.timestamp(now));
    }

    private static void bindAnswers(PreparedStatement ps, Outcome.Accepted row) throws SQLException {
        int position = 0;
        for (Answer a : row.answers()) {
            ps.setBytes(1, Binary.bytes(row.id()));
            ps.setInt(2, position++);
            ps.setString(3, a.itemCode);
            ps.setString(4, a.itemType.name());
            setNullable(ps, 5, a.boolValue, Types.BOOLEAN);
            setNullable(ps, 6, a.intValue, Types.INTEGER);
            ps.setString(7, a.textValue);
            ps.setBigDecimal(8, a.score);
            ps.addBatch();
        }
    }

    private static void setNullable(PreparedStatement ps, int index, Object value, int type) throws SQLException {
        if (value == null) {
            ps.setNull(index, type);
        } else {
            ps.setObject(index, value, type);
        }
    }
}
