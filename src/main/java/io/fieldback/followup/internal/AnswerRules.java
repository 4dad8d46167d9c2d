package io.fieldback.followup.internal;

import io.fieldback.followup.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import io.fieldback.common.ApiException;
import io.fieldback.common.FieldError;

/**
 * Checks answers against their questionnaire version and judges them: the top mark (screening) and
 * what counts as a problem (escalation). Every yes/no item is read as "satisfied?", so "no" is the bad answer.
 */
public final class AnswerRules {

    static final int MAX_TEXT = 2000;

    private AnswerRules() {
    }

    /** The answers as stored, or a 400 listing every answer that does not fit the version. */
    public static List<Answer> validate(Questionnaire questionnaire, List<AnswerRequest> requests) {
        List<FieldError> errors = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            Answer answer = validateOne(questionnaire, requests.get(i), "answers[" + i + "]", seen, errors);
            if (answer != null) {
                answers.add(answer);
            }
        }
        List<String> missing = questionnaire.items.stream().filter(q -> q.required && !seen.contains(q.code))
                .map(q -> q.code).toList();
        if (!missing.isEmpty()) {
            errors.add(new FieldError("answers", "required items not answered: " + String.join(", ", missing)));
        }
        if (!errors.isEmpty()) {
            throw new ApiException(400, "validation", "Invalid request",
                    errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                            : errors.size() + " answers do not fit questionnaire version " + questionnaire.versionNumber,
                    errors);
        }
        return answers;
    }

    /** One answer as stored, or null when it cannot be (what is wrong goes to errors). */
    private static Answer validateOne(Questionnaire questionnaire, AnswerRequest request, String at, Set<String> seen,
            List<FieldError> errors) {
        QuestionnaireItem item = questionnaire.item(request.item()).orElse(null);
        if (item == null) {
            errors.add(new FieldError(at + ".item", "no item '" + request.item() + "' in questionnaire version "
                    + questionnaire.versionNumber + "; its items are: "
                    + questionnaire.items.stream().map(q -> q.code).collect(Collectors.joining(", "))));
            return null;
        }
        if (!seen.add(item.code)) {
            errors.add(new FieldError(at + ".item", "'" + item.code + "' is answered more than once"));
            return null;
        }
        if (request.problem() != null && item.type != ItemType.FREE_TEXT) {
            errors.add(new FieldError(at + ".problem", "only FREE_TEXT answers can be marked as a problem"));
        }
        String wrong = check(item, request.value());
        if (wrong != null) {
            errors.add(new FieldError(at + ".value", wrong));
            return null;
        }
        return answer(item, request);
    }

    /** Null when the value fits the item; otherwise what is wrong with it. */
    private static String check(QuestionnaireItem item, JsonNode value) {
        if (value == null || value.isNull()) {
            return "an answer needs a value; leave out items that were not answered";
        }
        return switch (item.type) {
            case YES_NO -> value.isBoolean() ? null : "a YES_NO item takes true or false";
            case SCALE_1_5 -> range(value, 1, 5);
            case SCALE_0_10 -> range(value, 0, 10);
            case GRADE -> value.isTextual() && item.options().contains(value.asText()) ? null
                    : "a GRADE item takes one of: " + String.join(", ", item.options());
            case FREE_TEXT -> !value.isTextual() ? "a FREE_TEXT item takes text"
                    : value.asText().isBlank() ? "must not be blank"
                    : value.asText().length() > MAX_TEXT ? "at most " + MAX_TEXT + " characters" : null;
        };
    }

    private static String range(JsonNode value, int min, int max) {
        if (!value.isIntegralNumber()) {
            return "a whole number from " + min + " to " + max;
        }
        return value.canConvertToInt() && value.asInt() >= min && value.asInt() <= max ? null
                : "must be from " + min + " to " + max;
    }

    private static Answer answer(QuestionnaireItem item, AnswerRequest request) {
        Answer answer = new Answer();
        answer.itemCode = item.code;
        answer.itemType = item.type;
        switch (item.type) {
            case YES_NO -> answer.boolValue = request.value().asBoolean();
            case SCALE_1_5, SCALE_0_10 -> answer.intValue = request.value().asInt();
            case GRADE, FREE_TEXT -> answer.textValue = request.value().asText();
        }
        answer.score = item.type == ItemType.GRADE ? item.score(answer.textValue) : null;
        answer.problem = item.type == ItemType.FREE_TEXT && Boolean.TRUE.equals(request.problem());
        return answer;
    }

    /** Whether the answer is the best one its item allows. Free text has no mark. */
    public static boolean topMark(QuestionnaireItem item, Answer answer) {
        return switch (item.type) {
            case YES_NO -> Boolean.TRUE.equals(answer.boolValue);
            case SCALE_1_5 -> answer.intValue == 5;
            case SCALE_0_10 -> answer.intValue == 10;
            case GRADE -> item.options().indexOf(answer.textValue) == 0;
            case FREE_TEXT -> false;
        };
    }

    /** "Not satisfied", a score in the bottom two of five (0-4 of ten), a grade among the worst two, or marked text. */
    static boolean problem(QuestionnaireItem item, Answer answer) {
        return switch (item.type) {
            case YES_NO -> Boolean.FALSE.equals(answer.boolValue);
            case SCALE_1_5 -> answer.intValue <= 2;
            case SCALE_0_10 -> answer.intValue <= 4;
            case GRADE -> item.options().indexOf(answer.textValue) >= item.options().size() - (item.options().size() >= 4 ? 2 : 1);
            case FREE_TEXT -> answer.problem;
        };
    }

    /** The worst answer an item allows: it makes an escalation urgent. */
    static boolean lowestMark(QuestionnaireItem item, Answer answer) {
        return switch (item.type) {
            case SCALE_1_5 -> answer.intValue == 1;
            case SCALE_0_10 -> answer.intValue == 0;
            case GRADE -> item.options().indexOf(answer.textValue) == item.options().size() - 1;
            case YES_NO, FREE_TEXT -> false;
        };
    }
}
