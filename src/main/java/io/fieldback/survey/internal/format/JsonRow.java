package io.fieldback.survey.internal.format;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.fieldback.common.FieldError;
import io.fieldback.followup.AnswerRequest;

/** Collects the fields of one JSON row object: the row's own fields, its answers, and what is wrong with them. */
final class JsonRow {

    private final Charset charset;
    private final List<FieldError> problems = new ArrayList<>();
    private final Map<String, String> fields = new HashMap<>();
    private final List<AnswerRequest> answers = new ArrayList<>();
    private final List<String> answerFields = new ArrayList<>();

    JsonRow(Charset charset) {
        this.charset = charset;
    }

    void add(String name, JsonNode value) {
        if (Columns.BASE.contains(name)) {
            base(name, value);
        } else if (name.equals(Columns.ANSWERS)) {
            answers(value);
        } else {
            problems.add(new FieldError(name, "unknown field; a row has "
                    + String.join(", ", Columns.BASE.stream().sorted().toList()) + " and answers"));
        }
    }

    private void base(String name, JsonNode value) {
        if (value.isNull()) {
            return;
        }
        if (!value.isValueNode()) {
            problems.add(new FieldError(name, "must be text"));
        } else if (TextInput.undecodable(value.asText())) {
            problems.add(TextInput.notDecodable(name, charset));
        } else {
            fields.put(name, value.asText().trim());
        }
    }

    private void answers(JsonNode value) {
        if (!value.isObject()) {
            problems.add(new FieldError(Columns.ANSWERS, "must be an object of item code to answer"));
            return;
        }
        Map<String, JsonNode> ordered = new LinkedHashMap<>();
        value.fields().forEachRemaining(e -> ordered.put(e.getKey(), e.getValue()));
        for (Map.Entry<String, JsonNode> answer : ordered.entrySet()) {
            String at = Columns.ANSWERS + "." + answer.getKey();
            if (answer.getValue().isTextual() && TextInput.undecodable(answer.getValue().asText())) {
                problems.add(TextInput.notDecodable(at, charset));
            } else if (!answer.getValue().isNull()) {
                answers.add(new AnswerRequest(answer.getKey(), answer.getValue(), null));
                answerFields.add(at);
            }
        }
    }

    RawRow toRaw(long line, long record) {
        return new RawRow(line, record, fields, answers, answerFields, problems);
    }
}
