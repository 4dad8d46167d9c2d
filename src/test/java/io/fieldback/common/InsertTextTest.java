package io.fieldback.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The literals a bulk insert's text is made of: nothing but plain characters is ever written as given. */
class InsertTextTest {

    private static String literal(Object v) {
        StringBuilder sql = new StringBuilder();
        InsertText.literal(sql, v);
        return sql.toString();
    }

    /** The text a {@code _utf8mb4 X'..'} literal stands for. */
    private static String unhexed(String literal) {
        assertTrue(literal.startsWith("_utf8mb4 X'") && literal.endsWith("'"), literal);
        String digits = literal.substring("_utf8mb4 X'".length(), literal.length() - 1);
        assertTrue(digits.matches("[0-9A-F]*"), literal);
        return new String(HexFormat.of().parseHex(digits), StandardCharsets.UTF_8);
    }

    @Test
    void plainTextIsQuotedAsGiven() {
        assertEquals("'RO-2026/17 a.b,c:d_e+f@g#h'", literal("RO-2026/17 a.b,c:d_e+f@g#h"));
        assertEquals("''", literal(""));
    }

    @Test
    void quotesBackslashesCommentsAndUnicodeGoAsHex() {
        for (String s : new String[] {"O'Brien", "a\\' OR 1=1 -- ", "back\\slash", "x\"y", "semi;colon",
                "line\nbreak", "nul\0byte", "Zoë ü 日本 \uD83D\uDE9C", "{\"visitId\":\"1\"}", "*/", "`tick`", "a%b"}) {
            String written = literal(s);
            assertFalse(written.contains("'" + s), written);
            assertEquals(s, unhexed(written));
        }
        assertEquals("_utf8mb4 X'4F27427269656E'", literal("O'Brien"));
        assertEquals("_utf8mb4 X'5C'", literal("\\"));
        assertEquals("_utf8mb4 X'C3AB'", literal("ë"));
    }

    @Test
    void enumsGoByNameUnderTheSameRules() {
        assertEquals("'RUNNABLE'", literal(Thread.State.RUNNABLE));
        assertEquals("'TIMED_WAITING'", literal(Thread.State.TIMED_WAITING));
    }

    @Test
    void nullIdsAndNumbers() {
        assertEquals("NULL", literal(null));
        assertEquals("X'0190f3a27b1c7def8a9b00000000ff01'",
                literal(UUID.fromString("0190f3a2-7b1c-7def-8a9b-00000000ff01")));
        assertEquals("7", literal(7));
        assertEquals("-8", literal(-8L));
        assertEquals("TRUE", literal(true));
        assertEquals("FALSE", literal(false));
    }

    @Test
    void bigDecimalsAreWrittenPlainNeverInExponentForm() {
        assertEquals("1.50", literal(new BigDecimal("1.50")));
        assertEquals("12000", literal(new BigDecimal("1.2E+4")));
        assertEquals("0.0000001", literal(new BigDecimal("1E-7")));
        assertEquals("-3.25", literal(new BigDecimal("-3.25")));
    }

    @Test
    void instantsKeepTheirMicrosecondsAndDatesAreIso() {
        assertEquals("'2026-01-02 03:04:05.000007'", literal(Instant.parse("2026-01-02T03:04:05.000007Z")));
        assertEquals("'2026-12-06 18:30:00.000000'", literal(Instant.parse("2026-12-06T18:30:00Z")));
        assertEquals("'2026-01-02 03:04:05.123456'", literal(Instant.parse("2026-01-02T03:04:05.123456789Z")));
        assertEquals("'2026-02-01'", literal(LocalDate.of(2026, 2, 1)));
    }

    @Test
    void instantsAndDatesAreWrittenAsJdbcBatchAndLocalDateSpellThem() {
        java.util.Random random = new java.util.Random(21);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 253_402_300_799L),
                    random.nextInt(1_000_000_000));
            assertEquals("'" + JdbcBatch.timestamp(t) + "'", literal(t), t.toString());
            LocalDate d = LocalDate.ofEpochDay(random.nextLong(-800_000, 3_000_000));
            assertEquals("'" + d + "'", literal(d));
        }
        assertEquals("'1969-12-31 23:59:59.999999'", literal(Instant.parse("1969-12-31T23:59:59.999999999Z")));
        assertEquals("'0999-01-01'", literal(LocalDate.of(999, 1, 1)));
        assertEquals("'+10000-01-01'", literal(LocalDate.of(10_000, 1, 1)));
    }

    @Test
    void aValueWithoutALiteralIsRefusedRatherThanWrittenAsText() {
        assertThrows(IllegalArgumentException.class, () -> literal(1.5d));
        assertThrows(IllegalArgumentException.class, () -> literal(new Object()));
    }
}
