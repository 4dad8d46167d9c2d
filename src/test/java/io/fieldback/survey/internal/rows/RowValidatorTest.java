package io.fieldback.survey.internal.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fieldback.common.FieldError;
import io.fieldback.followup.AnswerRequest;
import io.fieldback.followup.QuestionnaireAnswers;
import io.fieldback.survey.SurveyMethod;
import io.fieldback.survey.internal.format.RawRow;

/** The row rules without a database: what the database knows is given, as is the last day accepted. */
class RowValidatorTest {

    private static final LocalDate LATEST = LocalDate.of(2026, 12, 7);
    private static final UUID CUSTOMER = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();
    private static final Target BY_CODE = new Target(CUSTOMER, "OEM", "KEY", "SOUTH", UUID.randomUUID(), null, null, null, null);
    private static final Target UNIT = new Target(CUSTOMER, "OEM", "KEY", "SOUTH", BY_CODE.dealerId(), UUID.randomUUID(),
            "YC6L", null, null);
    private static final Target VISIT = new Target(CUSTOMER, "OEM", "KEY", "SOUTH", UUID.randomUUID(), null, null,
            UUID.randomUUID(), UUID.randomUUID());
    private static final Target OTHER_UNIT = new Target(OTHER, "DIRECT", "NORMAL", "NORTH", null, UUID.randomUUID(), "X", null, null);

    private final Known known = new Known(Map.of("C1", BY_CODE), Map.of("SN1", UNIT, "SN2", OTHER_UNIT),
            Map.of("RO1", List.of(VISIT), "RO2", List.of(VISIT, VISIT)), Set.of("OLD"));
    private final RowValidator validator = new RowValidator(known, LATEST,
            answers -> new QuestionnaireAnswers.Checked(List.of(), List.of()));
    private long line = 1;

    private RawRow row(String... keyValues) {
        Map<String, String> fields = new HashMap<>(Map.of("rowId", "R" + line, "customerCode", "C1",
                "interviewDate", "2026-12-01", "method", "PHONE"));
        for (int i = 0; i < keyValues.length; i += 2) {
            fields.put(keyValues[i], keyValues[i + 1]);
        }
        line++;
        return new RawRow(line, line - 1, fields, List.of(), List.of(), List.of());
    }

    private List<FieldError> errorsOf(RawRow row) {
        Outcome outcome = validator.check(List.of(row));
        return outcome.rejected().isEmpty() ? List.of() : outcome.rejected().get(0).errors();
    }

    @Test
    void aCompleteRowIsAcceptedWithItsCustomerDateAndMethod() {
        Outcome outcome = validator.check(List.of(row("method", "face to face")));
        assertThat(outcome.rejected()).isEmpty();
        Outcome.Accepted accepted = outcome.accepted().get(0);
        assertThat(accepted.target()).isEqualTo(BY_CODE);
        assertThat(accepted.interviewDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(accepted.method()).isEqualTo(SurveyMethod.FACE_TO_FACE);
    }

    @Test
    void rowIdsAreRequiredShortAndUniqueInTheBatch() {
        assertThat(errorsOf(row("rowId", ""))).extracting(FieldError::message)
                .containsExactly("required: the vendor's id of the row");
        assertThat(errorsOf(row("rowId", "x".repeat(65)))).extracting(FieldError::message)
                .containsExactly("at most 64 characters");
        assertThat(errorsOf(row("rowId", "OLD"))).extracting(FieldError::message)
                .containsExactly("duplicate row id 'OLD': an earlier row of this batch has it");
        Outcome twice = validator.check(List.of(row("rowId", "SAME"), row("rowId", "SAME")));
        assertThat(twice.accepted()).hasSize(1);
        assertThat(twice.rejected().get(0).errors()).extracting(FieldError::message)
                .containsExactly("duplicate row id 'SAME': line " + twice.accepted().get(0).row().line() + " of this batch has it");
    }

    @Test
    void theCustomerMustBeNamedAndKnown() {
        assertThat(errorsOf(row("customerCode", ""))).extracting(FieldError::field).containsExactly("customerCode");
        assertThat(errorsOf(row("customerCode", "NOPE"))).extracting(FieldError::message)
                .containsExactly("no customer with code 'NOPE'");
        assertThat(errorsOf(row("repairOrderNumber", "RO2"))).extracting(FieldError::field)
                .containsExactly("repairOrderNumber");
    }

    @Test
    void keysNamingDifferentCustomersAreRefused() {
        assertThat(errorsOf(row("equipmentSerial", "SN2"))).containsExactly(
                new FieldError("customerCode", "names another customer than equipmentSerial"));
    }

    @Test
    void aVisitAndAMachineTogetherGiveTheVisitsDealerAndTheMachinesSeries() {
        Outcome outcome = validator.check(List.of(row("repairOrderNumber", "RO1", "equipmentSerial", "SN1")));
        Target target = outcome.accepted().get(0).target();
        assertThat(target.visitId()).isEqualTo(VISIT.visitId());
        assertThat(target.dealerId()).isEqualTo(VISIT.dealerId());
        assertThat(target.equipmentId()).isEqualTo(UNIT.equipmentId());
        assertThat(target.productSeries()).isEqualTo("YC6L");
    }

    @Test
    void theInterviewDateIsARealDayFrom2000UpToTheLatest() {
        assertThat(errorsOf(row("interviewDate", "2026-12-08"))).extracting(FieldError::message)
                .containsExactly("'2026-12-08' is in the future");
        assertThat(errorsOf(row("interviewDate", "2026-12-07"))).isEmpty();
        assertThat(errorsOf(row("interviewDate", "1999-12-31"))).extracting(FieldError::message)
                .containsExactly("'1999-12-31' is before 2000");
        assertThat(errorsOf(row("interviewDate", "01.12.2026"))).extracting(FieldError::message)
                .containsExactly("'01.12.2026' is not a date (YYYY-MM-DD)");
    }

    @Test
    void theMethodIsOneOfThree() {
        assertThat(MethodRule.parse("face-to-face")).isEqualTo(SurveyMethod.FACE_TO_FACE);
        assertThat(errorsOf(row("method", "TELEX"))).extracting(FieldError::message)
                .containsExactly("'TELEX' is not one of: PHONE, WEB, FACE_TO_FACE");
    }

    @Test
    void answerProblemsAreNamedByTheColumnTheAnswerCameFrom() {
        RowValidator failing = new RowValidator(known, LATEST, answers -> new QuestionnaireAnswers.Checked(null,
                List.of(new FieldError("answers[1].value", "must be from 1 to 5"))));
        RawRow row = new RawRow(2, 1, Map.of("rowId", "A", "customerCode", "C1", "interviewDate", "2026-12-01",
                "method", "WEB"), List.of(), List.of("quality_satisfied", "quality_score"), List.of());
        assertThat(failing.check(List.of(row)).rejected().get(0).errors())
                .containsExactly(new FieldError("quality_score", "must be from 1 to 5"));
    }

    @Test
    void problemsFoundWhileReadingComeFirstAndEveryRuleStillRuns() {
        List<FieldError> read = new ArrayList<>(List.of(new FieldError("line", "has 3 fields, the header has 4")));
        RawRow row = new RawRow(5, 4, Map.of("rowId", "B"), List.<AnswerRequest>of(), List.of(), read);
        assertThat(validator.check(List.of(row)).rejected().get(0).errors()).extracting(FieldError::field)
                .containsExactly("line", "customerCode", "interviewDate", "method");
    }
}
