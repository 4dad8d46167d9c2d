package io.fieldback.warranty.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.fieldback.warranty.SettlementView;

/**
 * A batch for the station's accountants: UTF-8 with a byte-order mark (without it Excel guesses a local code
 * page and garbles Chinese), CRLF line ends, fields quoted when they hold a comma, quote or line break.
 */
final class SettlementCsv {

    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private SettlementCsv() {
    }

    static byte[] of(SettlementView b) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("月份 month", "类型 kind", "索赔单号 claim number", "金额 amount", "币种 currency", "原因 reason"));
        for (SettlementView.Line l : b.lines()) {
            rows.add(Arrays.asList(b.month(), l.kind(), l.claimNumber(), l.amount().toPlainString(), b.currency(),
                    l.reason()));
        }
        rows.add(Arrays.asList(b.month(), "APPROVED_TOTAL", "", b.approvedTotal().toPlainString(), b.currency(), ""));
        rows.add(Arrays.asList(b.month(), "CHARGEBACK_TOTAL", "", b.chargebackTotal().negate().toPlainString(),
                b.currency(), ""));
        rows.add(Arrays.asList(b.month(), "NET_TOTAL", "", b.netTotal().toPlainString(), b.currency(),
                b.paymentReference() == null ? "" : "paid: " + b.paymentReference()));
        StringBuilder out = new StringBuilder();
        for (List<?> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                out.append(i > 0 ? "," : "").append(field(row.get(i)));
            }
            out.append("\r\n");
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(text, 0, bytes, BOM.length, text.length);
        return bytes;
    }

    private static String field(Object value) {
        String text = value == null ? "" : value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
