package io.fieldback.insights.internal;

import io.fieldback.insights.*;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as spreadsheet programs read it: UTF-8 with a byte-order mark (without it Excel guesses a local
 * code page and garbles Chinese), CRLF line ends, fields quoted when they hold a comma, quote or line break.
 */
final class Csv {

    static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private Csv() {
    }

    static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    static byte[] document(List<List<?>> rows) {
        StringBuilder out = new StringBuilder();
        for (List<?> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(field(row.get(i)));
            }
            out.append("\r\n");
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(text, 0, bytes, BOM.length, text.length);
        return bytes;
    }

    static byte[] weekly(WeeklyReport report) {
        List<List<?>> rows = new java.util.ArrayList<>();
        rows.add(List.of("指标 figure", "名称 label", "单位 unit", "本周 " + report.week(), "上周 " + report.previousWeek(),
                "变化 change"));
        for (WeeklyReport.Change c : report.changes()) {
            rows.add(java.util.Arrays.asList(c.figure(), c.label(), c.unit(), c.value().toPlainString(),
                    c.previous().toPlainString(), c.change().toPlainString()));
        }
        return document(rows);
    }
}
