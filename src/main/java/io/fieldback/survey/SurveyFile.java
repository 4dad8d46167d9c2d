package io.fieldback.survey;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import io.fieldback.common.ApiException;
import io.fieldback.common.FieldError;
import io.fieldback.followup.AnswerRequest;
import io.fieldback.followup.QuestionnaireAnswers;

/**
 * Reads an uploaded file one row at a time, whatever its size: a CSV with a header row (RFC 4180
 * quoting, so fields may hold commas and line breaks) or a JSON array of row objects, in UTF-8 (with or
 * without BOM) or GB18030/GBK. Bytes that are not valid in the declared charset become U+FFFD and the
 * row holding them is rejected, so a file with mixed encodings loses only its broken rows.
 */
final class SurveyFile implements Closeable {

    static final String ROW_ID = "rowId";
    static final String CUSTOMER_CODE = "customerCode";
    static final String EQUIPMENT_SERIAL = "equipmentSerial";
    static final String REPAIR_ORDER_NUMBER = "repairOrderNumber";
    static final String INTERVIEW_DATE = "interviewDate";
    static final String METHOD = "method";
    static final String ANSWERS = "answers";
    static final List<String> REQUIRED = List.of(ROW_ID, INTERVIEW_DATE, METHOD);
    static final List<String> CUSTOMER_KEYS = List.of(CUSTOMER_CODE, EQUIPMENT_SERIAL, REPAIR_ORDER_NUMBER);
    static final Set<String> BASE = Set.of(ROW_ID, CUSTOMER_CODE, EQUIPMENT_SERIAL, REPAIR_ORDER_NUMBER,
            INTERVIEW_DATE, METHOD);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrim(true).get();
    private static final char REPLACEMENT = '\uFFFD';

    /** One row as read: where it is, its fields, its answers, and problems found while reading it. */
    record RawRow(long line, long record, Map<String, String> fields, List<AnswerRequest> answers,
            List<String> answerFields, List<FieldError> problems) {
    }

    private final SurveyFormat format;
    private final Charset charset;
    private final Reader reader;
    private final QuestionnaireAnswers.Form form;
    private long record;
    // CSV
    private CSVParser csv;
    private Iterator<CSVRecord> records;
    private List<String> header;
    // JSON
    private JsonParser json;
    private boolean ended;

    private SurveyFile(Path file, SurveyFormat format, Charset charset, QuestionnaireAnswers.Form form) throws IOException {
        this.format = format;
        this.charset = charset;
        this.form = form;
        this.reader = open(file, charset);
    }

    /** Opens a file for import, positioned before its first row; for CSV the header is read and checked. */
    static SurveyFile open(Path file, SurveyFormat format, Charset charset, QuestionnaireAnswers.Form form)
            throws IOException {
        SurveyFile f = new SurveyFile(file, format, charset, form);
        try {
            f.start();
        } catch (RuntimeException | IOException e) {
            f.close();
            throw e;
        }
        return f;
    }

    /**
     * Checks an upload before it is accepted, reading it through once: text in its charset, header with the
     * required columns (CSV) or an array of objects (JSON), well-formed to the end, at least one row.
     * Returns the number of rows. Anything else is a 400 (415 for binary content) naming the problem.
     */
    static long inspect(Path file, SurveyFormat format, Charset charset) {
        try {
            if (Files.size(file) == 0) {
                throw ApiException.badRequest("body", "the file is empty");
            }
            refuseBinary(file, charset);
            try (SurveyFile f = open(file, format, charset, null)) {
                long rows = f.count();
                if (rows == 0) {
                    throw ApiException.badRequest("body", format == SurveyFormat.CSV
                            ? "the file has a header but no rows" : "the array holds no rows");
                }
                return rows;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader open(Path file, Charset charset) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
        skipBom(in, charset);
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
    }

    private static void skipBom(InputStream in, Charset charset) throws IOException {
        byte[] bom = charset.name().equals("UTF-8") ? new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }
                : charset.name().equals("GB18030") ? new byte[] { (byte) 0x84, 0x31, (byte) 0x95, 0x33 } : new byte[0];
        if (bom.length == 0) {
            return;
        }
        in.mark(bom.length);
        byte[] head = in.readNBytes(bom.length);
        if (!java.util.Arrays.equals(head, bom)) {
            in.reset();
        }
    }

    /** 415 for content that is not text in the declared charset: NUL bytes or mostly undecodable bytes. */
    private static void refuseBinary(Path file, Charset charset) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        boolean nul = false;
        for (byte b : head) {
            nul |= b == 0;
        }
        CharBuffer text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(head));
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == REPLACEMENT || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                odd++;
            }
        }
        // a multi-byte character cut at the end of the sample may decode as one replacement
        if (nul || odd > 2 + text.length() / 50) {
            throw new ApiException(415, "unsupported-media-type", "Unsupported media type",
                    "the file is not " + charset.name() + " text (binary content); send CSV or JSON in UTF-8 or GB18030",
                    null);
        }
    }

    private void start() throws IOException {
        if (format == SurveyFormat.CSV) {
            csv = CSV.parse(reader);
            records = csv.iterator();
            CSVRecord first = nextCsv();
            if (first == null) {
                throw ApiException.badRequest("body", "the file is empty");
            }
            header = new ArrayList<>();
            for (String name : first) {
                header.add(name);
            }
            checkHeader(header);
        } else {
            json = JSON.getFactory().createParser(reader);
            JsonToken token = nextJson();
            if (token == null) {
                throw ApiException.badRequest("body", "the file is empty");
            }
            if (token != JsonToken.START_ARRAY) {
                throw ApiException.badRequest("body", "a JSON upload is an array of row objects: [{\"rowId\": ...}, ...]");
            }
        }
    }

    private static void checkHeader(List<String> header) {
        if (header.size() == 1) {
            String only = header.get(0);
            for (String delimiter : List.of(";", "\t", "|")) {
                if (only.contains(delimiter)) {
                    throw ApiException.badRequest("header", "wrong delimiter: columns are separated by commas, this header uses '"
                            + (delimiter.equals("\t") ? "\\t" : delimiter) + "'");
                }
            }
        }
        Set<String> seen = new java.util.HashSet<>();
        for (String name : header) {
            if (name.isEmpty()) {
                throw ApiException.badRequest("header", "a column has no name");
            }
            if (!seen.add(name)) {
                throw ApiException.badRequest("header", "column '" + name + "' appears twice");
            }
        }
        List<FieldError> missing = new ArrayList<>();
        for (String column : REQUIRED) {
            if (!seen.contains(column)) {
                missing.add(new FieldError(column, "required column missing"));
            }
        }
        if (CUSTOMER_KEYS.stream().noneMatch(seen::contains)) {
            missing.add(new FieldError(String.join("|", CUSTOMER_KEYS), "one of these columns must name the customer"));
        }
        if (!missing.isEmpty()) {
            throw new ApiException(400, "validation", "Invalid request", "missing required columns: "
                    + String.join(", ", missing.stream().map(FieldError::field).toList()), missing);
        }
    }

    /** Reads past the rows whose outcome is already committed (a resumed import). */
    void skip(long rows) throws IOException {
        while (record < rows) {
            if (!advance()) {
                return;
            }
        }
    }

    private long count() throws IOException {
        while (advance()) {
            // counting only
        }
        return record;
    }

    /** Moves past one row without interpreting it; false at the end. */
    private boolean advance() throws IOException {
        if (format == SurveyFormat.CSV) {
            CSVRecord r = nextCsv();
            while (r != null && blank(r)) {
                r = nextCsv();
            }
            if (r == null) {
                return false;
            }
        } else {
            JsonToken token = nextJson();
            if (!startOfRow(token)) {
                return false;
            }
            try {
                json.skipChildren();
            } catch (JsonProcessingException e) {
                throw malformedJson(e);
            }
        }
        record++;
        return true;
    }

    /** The next row, or null at the end of the file. */
    RawRow next() throws IOException {
        return format == SurveyFormat.CSV ? nextCsvRow() : nextJsonRow();
    }

    private RawRow nextCsvRow() {
        long line = csv.getCurrentLineNumber() + 1;
        CSVRecord r = nextCsv();
        while (r != null && blank(r)) {
            line = csv.getCurrentLineNumber() + 1;
            r = nextCsv();
        }
        if (r == null) {
            return null;
        }
        record++;
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
            if (value.indexOf(REPLACEMENT) >= 0) {
                problems.add(notDecodable(column));
                continue;
            }
            if (BASE.contains(column)) {
                fields.put(column, value);
            } else if (!value.isEmpty()) {
                answers.add(new AnswerRequest(column, typed(column, value), null));
                answerFields.add(column);
            }
        }
        return new RawRow(line, record, fields, answers, answerFields, problems);
    }

    /** A CSV cell as the JSON value the item's type takes; anything else stays text, for the rules to refuse. */
    private JsonNode typed(String code, String value) {
        QuestionnaireAnswers.Item item = form == null ? null : form.item(code).orElse(null);
        if (item == null) {
            return TextNode.valueOf(value);
        }
        return switch (item.type()) {
            case YES_NO -> switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1", "是", "满意" -> BooleanNode.TRUE;
                case "false", "no", "n", "0", "否", "不满意" -> BooleanNode.FALSE;
                default -> TextNode.valueOf(value);
            };
            case SCALE_1_5, SCALE_0_10 -> {
                try {
                    yield IntNode.valueOf(Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    yield TextNode.valueOf(value);
                }
            }
            case GRADE, FREE_TEXT -> TextNode.valueOf(value);
        };
    }

    private RawRow nextJsonRow() throws IOException {
        JsonToken token = nextJson();
        if (!startOfRow(token)) {
            return null;
        }
        long line = json.currentTokenLocation().getLineNr();
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw malformedJson(e);
        }
        record++;
        List<FieldError> problems = new ArrayList<>();
        Map<String, String> fields = new HashMap<>();
        List<AnswerRequest> answers = new ArrayList<>();
        List<String> answerFields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (BASE.contains(name)) {
                if (value.isNull()) {
                    continue;
                }
                if (!value.isValueNode()) {
                    problems.add(new FieldError(name, "must be text"));
                } else if (value.asText().indexOf(REPLACEMENT) >= 0) {
                    problems.add(notDecodable(name));
                } else {
                    fields.put(name, value.asText().trim());
                }
            } else if (name.equals(ANSWERS)) {
                if (!value.isObject()) {
                    problems.add(new FieldError(ANSWERS, "must be an object of item code to answer"));
                    continue;
                }
                Map<String, JsonNode> ordered = new LinkedHashMap<>();
                value.fields().forEachRemaining(e -> ordered.put(e.getKey(), e.getValue()));
                for (Map.Entry<String, JsonNode> answer : ordered.entrySet()) {
                    String at = ANSWERS + "." + answer.getKey();
                    if (answer.getValue().isTextual() && answer.getValue().asText().indexOf(REPLACEMENT) >= 0) {
                        problems.add(notDecodable(at));
                    } else if (!answer.getValue().isNull()) {
                        answers.add(new AnswerRequest(answer.getKey(), answer.getValue(), null));
                        answerFields.add(at);
                    }
                }
            } else {
                problems.add(new FieldError(name, "unknown field; a row has " + String.join(", ", BASE.stream().sorted().toList())
                        + " and answers"));
            }
        }
        return new RawRow(line, record, fields, answers, answerFields, problems);
    }

    private FieldError notDecodable(String field) {
        return new FieldError(field, "not valid " + charset.name()
                + " text (mixed encodings? declare the file's charset in Content-Type)");
    }

    private boolean startOfRow(JsonToken token) {
        if (ended) {
            return false;
        }
        if (token == JsonToken.START_OBJECT) {
            return true;
        }
        if (token == JsonToken.END_ARRAY) {
            JsonToken after = nextJson();
            if (after != null) {
                throw ApiException.badRequest("body", "unexpected content after the array, line "
                        + json.currentTokenLocation().getLineNr());
            }
            ended = true;
            return false;
        }
        if (token == null) {
            throw ApiException.badRequest("body", "the array is not closed: the file ends inside it");
        }
        throw ApiException.badRequest("body", "element " + (record + 1) + " (line "
                + json.currentTokenLocation().getLineNr() + ") is not a row object");
    }

    private JsonToken nextJson() {
        if (ended) {
            return null;
        }
        try {
            return json.nextToken();
        } catch (JsonProcessingException e) {
            throw malformedJson(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiException malformedJson(JsonProcessingException e) {
        return ApiException.badRequest("body", "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr());
    }

    private CSVRecord nextCsv() {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : e.getMessage();
            throw ApiException.badRequest("body", "malformed CSV near line " + (csv.getCurrentLineNumber() + 1)
                    + ": " + message);
        }
    }

    private static boolean blank(CSVRecord r) {
        return r.size() == 1 && r.get(0).isEmpty();
    }

    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.close();
        }
        if (json != null) {
            json.close();
        }
        reader.close();
    }
}
