package io.fieldback.survey.internal.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.fieldback.survey.SurveyFormat;

/** The readers without HTTP: a file's problems come back as values, rows as raw rows. */
class SurveyReadersTest {

    @TempDir
    Path dir;

    private Path file(String text, Charset charset) throws IOException {
        return Files.write(Files.createTempFile(dir, "upload", ".txt"), text.getBytes(charset));
    }

    private FileCheck inspect(String text, SurveyFormat format) throws IOException {
        return SurveyReaders.inspect(file(text, StandardCharsets.UTF_8), format, StandardCharsets.UTF_8);
    }

    @Test
    void aGoodCsvCountsItsRowsSkippingBlankLines() throws IOException {
        FileCheck check = inspect("rowId,customerCode,interviewDate,method\nR1,C1,2026-12-01,PHONE\n\nR2,C1,2026-12-01,WEB\n",
                SurveyFormat.CSV);
        assertThat(check.readable()).isTrue();
        assertThat(check.rows()).isEqualTo(2);
    }

    @Test
    void csvHeaderProblemsAreValues() throws IOException {
        assertThat(inspect("rowId;customerCode\nR1;C1\n", SurveyFormat.CSV).problem().detail())
                .isEqualTo("header: wrong delimiter: columns are separated by commas, this header uses ';'");
        FileProblem missing = inspect("rowId,interviewDate\nR1,2026-12-01\n", SurveyFormat.CSV).problem();
        assertThat(missing.kind()).isEqualTo(FileProblem.Kind.MALFORMED);
        assertThat(missing.detail()).isEqualTo("missing required columns: method, customerCode|equipmentSerial|repairOrderNumber");
        assertThat(inspect("rowId,customerCode,interviewDate,method\n", SurveyFormat.CSV).problem().detail())
                .isEqualTo("body: the file has a header but no rows");
    }

    @Test
    void jsonStructureProblemsAreValues() throws IOException {
        assertThat(inspect("{\"rowId\": \"R1\"}", SurveyFormat.JSON).problem().detail())
                .isEqualTo("body: a JSON upload is an array of row objects: [{\"rowId\": ...}, ...]");
        assertThat(inspect("[{\"rowId\": \"R1\"}", SurveyFormat.JSON).problem().detail())
                .isEqualTo("body: malformed JSON at line 1, column 17");
        assertThat(inspect("[{\"rowId\": \"R1\"}, 7]", SurveyFormat.JSON).problem().detail())
                .isEqualTo("body: element 2 (line 1) is not a row object");
        assertThat(inspect("[]", SurveyFormat.JSON).problem().detail()).isEqualTo("body: the array holds no rows");
    }

    @Test
    void binaryContentIsNotText() throws IOException {
        Path binary = Files.write(dir.resolve("zip"), new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0 });
        FileCheck check = SurveyReaders.inspect(binary, SurveyFormat.CSV, StandardCharsets.UTF_8);
        assertThat(check.problem().kind()).isEqualTo(FileProblem.Kind.NOT_TEXT);
    }

    @Test
    void csvRowsCarryTheirLineFieldsAnswersAndReadingProblems() throws IOException {
        Path csv = file("rowId,customerCode,interviewDate,method,quality_score\nR1,C1,2026-12-01,PHONE,5\n\"R2\",C1,x\n",
                StandardCharsets.UTF_8);
        try (SurveyReader reader = SurveyReaders.open(csv, SurveyFormat.CSV, StandardCharsets.UTF_8, null)) {
            RawRow first = reader.next();
            assertThat(first.line()).isEqualTo(2);
            assertThat(first.text("customerCode")).isEqualTo("C1");
            assertThat(first.answerFields()).containsExactly("quality_score");
            RawRow second = reader.next();
            assertThat(second.record()).isEqualTo(2);
            assertThat(second.problems()).extracting(p -> p.field()).containsExactly("line");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void jsonRowsNameUnknownFieldsAndKeepAnswersInOrder() throws IOException {
        Path json = file("[{\"rowId\": \"R1\", \"colour\": \"red\", \"answers\": {\"b\": 1, \"a\": true}}]",
                StandardCharsets.UTF_8);
        try (SurveyReader reader = SurveyReaders.open(json, SurveyFormat.JSON, StandardCharsets.UTF_8, null)) {
            RawRow row = reader.next();
            assertThat(row.problems()).extracting(p -> p.field()).containsExactly("colour");
            assertThat(row.answerFields()).containsExactly("answers.b", "answers.a");
            assertThat(reader.next()).isNull();
        }
    }
}
