package io.fieldback.survey.internal.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.common.BusinessMetrics;
import io.fieldback.common.JdbcBatch;
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
            + " VALUES (UNHEX(?), UNHEX(?), UNHEX(?), ?, ?, UNHEX(?), UNHEX(?), UNHEX(?), UNHEX(?), UNHEX(?), ?, ?, ?, ?,"
            + " UNHEX(?), ?, ?, ?, ?)";
    private static final String ANSWER = "INSERT INTO survey_result_answers (result_id, position, item_code, item_type,"
            + " bool_value, int_value, text_value, score) VALUES (UNHEX(?), ?, ?, ?, ?, ?, ?, ?)";

    private final QuestionnaireAnswers questionnaires;

    ResultRows(QuestionnaireAnswers questionnaires) {
        this.questionnaires = questionnaires;
    }

    void insert(Connection c, UUID batchId, UUID vendorId, QuestionnaireAnswers.Form form, List<Outcome.Accepted> rows,
            Instant now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        JdbcBatch.run(c, RESULT, rows, (ps, row) -> bindResult(ps, batchId, vendorId, form, row, now));
        JdbcBatch.run(c, ANSWER, answers(rows), (ps, a) -> JdbcBatch.bind(ps, 1, a.resultId(), a.position(),
                a.answer().itemCode, a.answer().itemType, a.answer().boolValue, a.answer().intValue,
                a.answer().textValue, a.answer().score));
        BusinessMetrics.count(BusinessMetrics.IMPORT_ROWS, rows.size(), "result", "accepted");
    }

    private void bindResult(PreparedStatement ps, UUID batchId, UUID vendorId, QuestionnaireAnswers.Form form,
            Outcome.Accepted row, Instant now) throws SQLException {
        Target t = row.target();
        JdbcBatch.bind(ps, 1, row.id(), batchId, vendorId, row.rowId(), row.row().line(), t.customerId(),
                t.equipmentId(), t.visitId(), t.stationId(), t.dealerId(), t.relationship(), t.importance(), t.region(),
                questionnaires.productLine(t.productSeries()), form.id(), form.version(), row.interviewDate(),
                row.method(), now);
    }

    private record AnswerRow(UUID resultId, int position, Answer answer) {
    }

    private static List<AnswerRow> answers(List<Outcome.Accepted> rows) {
        List<AnswerRow> all = new ArrayList<>();
        for (Outcome.Accepted row : rows) {
            int position = 0;
            for (Answer a : row.answers()) {
                all.add(new AnswerRow(row.id(), position++, a));
            }
        }
        return all;
    }
}
