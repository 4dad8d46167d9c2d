package io.fieldback.survey.internal.format;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.fieldback.followup.QuestionnaireAnswers;

/** A CSV cell as the JSON value its item's type takes; anything else stays text, for the answer rules to refuse. */
final class CsvCells {

    private CsvCells() {
    }

    static JsonNode typed(QuestionnaireAnswers.Form form, String code, String value) {
        QuestionnaireAnswers.Item item = form == null ? null : form.item(code).orElse(null);
        if (item == null) {
            return TextNode.valueOf(value);
        }
        return switch (item.type()) {
            case YES_NO -> yesNo(value);
            case SCALE_1_5, SCALE_0_10 -> number(value);
            case GRADE, FREE_TEXT -> TextNode.valueOf(value);
        };
    }

    private static JsonNode yesNo(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是", "满意" -> BooleanNode.TRUE;
            case "false", "no", "n", "0", "否", "不满意" -> BooleanNode.FALSE;
            default -> TextNode.valueOf(value);
        };
    }

    private static JsonNode number(String value) {
        try {
            return IntNode.valueOf(Integer.parseInt(value));
        } catch (NumberFormatException e) {
            return TextNode.valueOf(value);
        }
    }
}
