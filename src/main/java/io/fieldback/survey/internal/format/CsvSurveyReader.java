package io.fieldback.survey.internal.format;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.fieldback.common.FieldError;
import io.fieldback.followup.AnswerRequest;
import io.fieldback.followup.QuestionnaireAnswers;

/** A CSV with a header row (RFC 4180 quoting, so fields may hold commas and line breaks); blank lines are skipped. */
final class CsvSurveyReader implements SurveyReader {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(true).get();

    private final Charset charset;
    private final QuestionnaireAnswers.Form form;
    private final Reader reader;
    private final CSVParser csv;
    private final Iterator<CSVRecord> records;
    private List<String> header;
    private long record;

    private CsvSurveyReader(Path file, Charset charset, QuestionnaireAnswers.Form form) throws IOException {
        this.charset = charset;
        this.form = form;
        this.reader = TextInput.open(file, charset);
        this.csv = CSV.parse(reader);
        this.records = csv.iterator();
    }

    static CsvSurveyReader open(Path file, Charset charset, QuestionnaireAnswers.Form form) throws IOException {
        CsvSurveyReader r = new CsvSurveyReader(file, charset, form);
        try {
            r.readHeader();
        } catch (RuntimeException e) {
            r.close();
            throw e;
        }
        return r;
    }

    private void readHeader() {
        CSVRecord first = nextRecord();
        if (first == null) {
            throw FileProblem.malformed("body", "the file is empty").raise();
        }
        header = new ArrayList<>();
        first.forEach(header::add);
        FileProblem problem = CsvHeader.check(header);
        if (problem != null) {
            throw problem.raise();
        }
    }

    @Override
    public long position() {
        return record;
    }

    @Override
    public boolean advance() {
        if (nextFilled() == null) {
            return false;
        }
        record++;
        return true;
    }

    @Override
    public RawRow next() {
        long line = csv.getCurrentLineNumber() + 1;
        CSVRecord r = nextRecord();
        while (r != null && blank(r)) {
            line = csv.getCurrentLineNumber() + 1;
            r = nextRecord();
        }
        if (r == null) {
            return null;
        }
        record++;
        return row(line, r);
    }

    private RawRow row(long line, CSVRecord r) {
        List<FieldError> problems = new ArrayList<>();
        if (r.size() != header.size()) {
            problems.add(new FieldError("line", "has " + r.size() + " fields, the header has " + header.size()
                    + " (unquoted comma or line break?)"));
        }
        Map<String, String> fields = new HashMap<>();
        List<AnswerRequest> answers = new ArrayList<>();
        List<String> answerFields = new ArrayList<>();
        for (int i = 0; i < Math.min(r.size(), header.size()); i++) {
            String column = header.get(i);
            String value = r.get(i);
            if (TextInput.undecodable(value)) {
                problems.add(TextInput.notDecodable(column, charset));
            } else if (Columns.BASE.contains(column)) {
                fields.put(column, value);
            } else if (!value.isEmpty()) {
                answers.add(new AnswerRequest(column, CsvCells.typed(form, column, value), null));
                answerFields.add(column);
            }
        }
        return new RawRow(line, record, fields, answers, answerFields, problems);
    }

    private CSVRecord nextFilled() {
        CSVRecord r = nextRecord();
        while (r != null && blank(r)) {
            r = nextRecord();
        }
        return r;
    }

    private CSVRecord nextRecord() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : e.getMessage();
            throw FileProblem.malformed("body", "malformed CSV near line " + (csv.getCurrentLineNumber() + 1) + ": "
                    + message).raise();
        }
    }

    private static boolean blank(CSVRecord r) {
        return r.size() == 1 && r.get(0).isEmpty();
    }

    @Override
    public void close() throws IOException {
        csv.close();
        reader.close();
    }
}
