package io.fieldback.survey.internal.format;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.fieldback.common.FieldError;

/** The checks of a CSV header row: commas between named, distinct columns, with the required ones. */
final class CsvHeader {

    private CsvHeader() {
    }

    /** The problem with the header, or null when it is fine. */
    static FileProblem check(List<String> header) {
        FileProblem delimiter = wrongDelimiter(header);
        if (delimiter != null) {
            return delimiter;
        }
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (name.isEmpty()) {
                return FileProblem.malformed("header", "a column has no name");
            }
            if (!seen.add(name)) {
                return FileProblem.malformed("header", "column '" + name + "' appears twice");
            }
        }
        List<FieldError> missing = missing(seen);
        return missing.isEmpty() ? null : FileProblem.missingColumns(missing);
    }

    private static FileProblem wrongDelimiter(List<String> header) {
        if (header.size() != 1) {
            return null;
        }
        for (String delimiter : List.of(";", "\t", "|")) {
            if (header.get(0).contains(delimiter)) {
                return FileProblem.malformed("header", "wrong delimiter: columns are separated by commas, this header uses '"
                        + (delimiter.equals("\t") ? "\\t" : delimiter) + "'");
            }
        }
        return null;
    }

    private static List<FieldError> missing(Set<String> columns) {
        List<FieldError> missing = new ArrayList<>();
        for (String column : Columns.REQUIRED) {
            if (!columns.contains(column)) {
                missing.add(new FieldError(column, "required column missing"));
            }
        }
        if (Columns.CUSTOMER_KEYS.stream().noneMatch(columns::contains)) {
            missing.add(new FieldError(String.join("|", Columns.CUSTOMER_KEYS), "one of these columns must name the customer"));
        }
        return missing;
    }
}
