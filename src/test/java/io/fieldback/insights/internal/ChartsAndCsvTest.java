package io.fieldback.insights.internal;

import io.fieldback.insights.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.fieldback.common.ApiException;

/** The small builders behind the report formats; plain unit tests. */
class ChartsAndCsvTest {

    @Test
    void svgEscapesTextAndAttributes() throws Exception {
        assertThat(Svg.escape("<a & \"b\" 'c'>")).isEqualTo("&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;");
        assertThat(Svg.escape("bad\u0001char")).isEqualTo("badchar");
        String svg = new Svg(10, 10, "A&B <站>").text(1, 1, "x < y", "start", 10, "c\"lass").end();
        assertThat(WeeklyReportTest.xml(svg).getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("A&B <站>");
    }

    @Test
    void csvQuotesOnlyWhatNeedsIt() {
        assertThat(Csv.field("plain 中文")).isEqualTo("plain 中文");
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        byte[] doc = Csv.document(List.of(List.of("名称", "x,y")));
        assertThat(new String(doc, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("\uFEFF名称,\"x,y\"\r\n");
    }

    @Test
    void countAxisTopsAreRound() {
        assertThat(Charts.niceMax(0)).isEqualTo(5);
        assertThat(Charts.niceMax(3)).isEqualTo(5);
        assertThat(Charts.niceMax(7)).isEqualTo(10);
        assertThat(Charts.niceMax(11)).isEqualTo(25);
        assertThat(Charts.niceMax(230)).isEqualTo(250);
        assertThat(Charts.niceMax(1001)).isEqualTo(2500);
    }

    @Test
    void isoWeeksAndBuckets() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Period w = Period.week("2026-W01", zone);
        assertThat(w.first()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(w.last()).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(w.from()).isEqualTo(java.time.Instant.parse("2025-12-28T16:00:00Z"));
        assertThat(Period.week("2026-W53", zone).first()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThatThrownBy(() -> Period.week("2025-W53", zone)).isInstanceOf(ApiException.class);
        assertThat(w.previousWeek(zone).label()).isEqualTo("2025-W52");
        Period span = Period.between("2026-01-30", "2026-03-02", zone);
        assertThat(span.buckets(Period.Granularity.MONTH, zone)).extracting(Period::label)
                .containsExactly("2026-01", "2026-02", "2026-03");
        assertThat(span.buckets(Period.Granularity.WEEK, zone)).extracting(Period::label)
                .startsWith("2026-W05").endsWith("2026-W10").hasSize(6);
    }
}
