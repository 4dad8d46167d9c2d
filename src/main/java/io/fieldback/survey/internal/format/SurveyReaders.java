package io.fieldback.survey.internal.format;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import io.fieldback.followup.QuestionnaireAnswers;
import io.fieldback.survey.SurveyFormat;

/** Chooses the reader of a format; checks a file through once before it is accepted. */
public final class SurveyReaders {

    private SurveyReaders() {
    }

    /**
     * Opens a file positioned before its first row (for CSV the header is read and checked). {@code form}
     * types CSV cells by their item (null: everything stays text). {@link UnreadableFile} when the start is broken.
     */
    public static SurveyReader open(Path file, SurveyFormat format, Charset charset, QuestionnaireAnswers.Form form)
            throws IOException {
        return switch (format) {
            case CSV -> CsvSurveyReader.open(file, charset, form);
            case JSON -> JsonSurveyReader.open(file, charset);
        };
    }

    /**
     * Reads a file through once: text in its charset, header with the required columns (CSV) or an array of
     * objects (JSON), well-formed to the end, at least one row.
     */
    public static FileCheck inspect(Path file, SurveyFormat format, Charset charset) throws IOException {
        if (Files.size(file) == 0) {
            return new FileCheck(0, FileProblem.malformed("body", "the file is empty"));
        }
        if (TextInput.binary(file, charset)) {
            return new FileCheck(0, FileProblem.notText("the file is not " + charset.name()
                    + " text (binary content); send CSV or JSON in UTF-8 or GB18030"));
        }
        try (SurveyReader reader = open(file, format, charset, null)) {
            long rows = reader.count();
            return rows > 0 ? new FileCheck(rows, null) : new FileCheck(0, FileProblem.malformed("body",
                    format == SurveyFormat.CSV ? "the file has a header but no rows" : "the array holds no rows"));
        } catch (UnreadableFile e) {
            return new FileCheck(0, e.problem());
        }
    }
}
