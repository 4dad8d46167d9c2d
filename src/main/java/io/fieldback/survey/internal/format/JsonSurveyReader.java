package io.fieldback.survey.internal.format;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A JSON array of row objects, read one object at a time with a streaming parser. */
final class JsonSurveyReader implements SurveyReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Charset charset;
    private final Reader reader;
    private final JsonParser json;
    private boolean ended;
    private long record;

    private JsonSurveyReader(Path file, Charset charset) throws IOException {
        this.charset = charset;
        this.reader = TextInput.open(file, charset);
        this.json = JSON.getFactory().createParser(reader);
    }

    static JsonSurveyReader open(Path file, Charset charset) throws IOException {
        JsonSurveyReader r = new JsonSurveyReader(file, charset);
        try {
            r.readStart();
        } catch (RuntimeException e) {
            r.close();
            throw e;
        }
        return r;
    }

    private void readStart() {
        JsonToken token = nextToken();
        if (token == null) {
            throw FileProblem.malformed("body", "the file is empty").raise();
        }
        if (token != JsonToken.START_ARRAY) {
            throw FileProblem.malformed("body", "a JSON upload is an array of row objects: [{\"rowId\": ...}, ...]").raise();
        }
    }

    @Override
    public long position() {
        return record;
    }

    @Override
    public boolean advance() throws IOException {
        if (!startOfRow(nextToken())) {
            return false;
        }
        try {
            json.skipChildren();
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        record++;
        return true;
    }

    @Override
    public RawRow next() throws IOException {
        if (!startOfRow(nextToken())) {
            return null;
        }
        long line = json.currentTokenLocation().getLineNr();
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        record++;
        JsonRow row = new JsonRow(charset);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            row.add(field.getKey(), field.getValue());
        }
        return row.toRaw(line, record);
    }

    private boolean startOfRow(JsonToken token) {
        if (ended) {
            return false;
        }
        if (token == JsonToken.START_OBJECT) {
            return true;
        }
        if (token == JsonToken.END_ARRAY) {
            if (nextToken() != null) {
                throw FileProblem.malformed("body", "unexpected content after the array, line "
                        + json.currentTokenLocation().getLineNr()).raise();
            }
            ended = true;
            return false;
        }
        if (token == null) {
            throw FileProblem.malformed("body", "the array is not closed: the file ends inside it").raise();
        }
        throw FileProblem.malformed("body", "element " + (record + 1) + " (line "
                + json.currentTokenLocation().getLineNr() + ") is not a row object").raise();
    }

    private JsonToken nextToken() {
        if (ended) {
            return null;
        }
        try {
            return json.nextToken();
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UnreadableFile malformed(JsonProcessingException e) {
        return FileProblem.malformed("body", "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr()).raise();
    }

    @Override
    public void close() throws IOException {
        json.close();
        reader.close();
    }
}
