package io.fieldback.warranty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.validation.Validator;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import io.fieldback.warranty.CostKind;
import io.fieldback.warranty.LineKind;
import io.fieldback.warranty.ReadingUnit;

/**
 * {@link ItemCheck} restates the bulk item's constraints by hand, so a limit changed in an annotation and not there
 * would let invalid claims in. Here thousands of items, each a valid one with one or two fields moved around and past
 * every kind of limit (lengths, amounts, scales, signs, list sizes, nulls), are put to both: whatever the hand check
 * passes, the annotations must pass too. Tightening any annotation without ItemCheck fails this test.
 */
class ItemCheckAgreesWithAnnotationsTest {

    private static final int ITEMS = 20_000;
    private static final int[] LENGTHS = { 0, 1, 2, 3, 4, 10, 29, 30, 31, 39, 40, 41, 49, 50, 51, 59, 60, 61, 99, 100,
            101, 199, 200, 201, 255, 256, 499, 500, 501, 1000 };
    private static final String[] AMOUNTS = { "-1", "-0.01", "0", "0.00", "0.001", "0.01", "0.1", "1", "1.5", "1.555",
            "9.99", "10", "10.01", "50", "99.99", "100", "100.00", "100.01", "101", "999.99", "1000", "1000.01",
            "9999.99", "10000", "99999.99", "100000", "999999.99", "1000000", "1000000.00", "1000000.01",
            "10000000", "1E+2", "1E+6", "1E+7", "12345.678" };

    private final Validator validator = jakarta.validation.Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private final Random random = new Random(20261207);

    @Test
    void whatTheHandCheckPassesTheAnnotationsPass() {
        int passed = 0;
        int refusedByBoth = 0;
        for (int i = 0; i < ITEMS; i++) {
            ClaimBatch.Item item = moved(moved(valid()));
            boolean annotationsPass = validator.validate(item).isEmpty();
            if (ItemCheck.plainlyValid(item)) {
                assertThat(annotationsPass).as("the annotations refuse an item ItemCheck passes: %s", item).isTrue();
                passed++;
            } else if (!annotationsPass) {
                refusedByBoth++;
            }
        }
        // both outcomes must be common, or the sample says nothing about the limits
        assertThat(passed).isGreaterThan(ITEMS / 20);
        assertThat(refusedByBoth).isGreaterThan(ITEMS / 4);
    }

    @Test
    void aValidItemPassesBoth() {
        assertThat(ItemCheck.plainlyValid(valid())).isTrue();
        assertThat(validator.validate(valid())).isEmpty();
    }

    private static ClaimBatch.Item valid() {
        return new ClaimBatch.Item("WC-1", Instant.parse("2026-12-01T08:00:00Z"), false, UUID.randomUUID(), "STD",
                LocalDate.of(2026, 11, 30), 1200, ReadingUnit.HOURS, "CNY", List.of(labour(), part(), other()));
    }

    private static ClaimRequest.Line labour() {
        return new ClaimRequest.Line(LineKind.LABOUR, "OP-1", new BigDecimal("1.50"), null, null, null, null, null,
                null, null, null, "replace pump");
    }

    private static ClaimRequest.Line part() {
        return new ClaimRequest.Line(LineKind.PART, null, null, "P-100", new BigDecimal("2"), new BigDecimal("80.50"),
                true, "SN-OLD", "SN-NEW", null, null, null);
    }

    private static ClaimRequest.Line other() {
        return new ClaimRequest.Line(LineKind.OTHER, null, null, null, null, null, null, null, null, CostKind.values()[0],
                new BigDecimal("35.00"), "towing");
    }

    /** The item with one of its fields, or one field of one of its lines, given an arbitrary value. */
    private ClaimBatch.Item moved(ClaimBatch.Item i) {
        return switch (random.nextInt(9)) {
            case 0 -> new ClaimBatch.Item(code(), i.updatedAt(), i.submit(), i.visitId(), i.claimTypeCode(),
                    i.failureDate(), i.failureReading(), i.failureUnit(), i.currency(), i.lines());
            case 1 -> new ClaimBatch.Item(i.claimNumber(), i.updatedAt(), i.submit(), i.visitId(), text(),
                    i.failureDate(), i.failureReading(), i.failureUnit(), i.currency(), i.lines());
            case 2 -> new ClaimBatch.Item(i.claimNumber(), i.updatedAt(), i.submit(), i.visitId(), i.claimTypeCode(),
                    i.failureDate(), reading(), i.failureUnit(), i.currency(), i.lines());
            case 3 -> new ClaimBatch.Item(i.claimNumber(), i.updatedAt(), i.submit(), i.visitId(), i.claimTypeCode(),
                    i.failureDate(), i.failureReading(), i.failureUnit(), currency(), i.lines());
            case 4 -> new ClaimBatch.Item(i.claimNumber(), oneOf(i.updatedAt(), null), i.submit(),
                    oneOf(i.visitId(), null), i.claimTypeCode(), i.failureDate(), i.failureReading(), i.failureUnit(),
                    i.currency(), i.lines());
            case 5 -> withLines(i, lineCount());
            default -> withLines(i, movedLine(i.lines()));
        };
    }

    private ClaimBatch.Item withLines(ClaimBatch.Item i, List<ClaimRequest.Line> lines) {
        return new ClaimBatch.Item(i.claimNumber(), i.updatedAt(), i.submit(), i.visitId(), i.claimTypeCode(),
                i.failureDate(), i.failureReading(), i.failureUnit(), i.currency(), lines);
    }

    private List<ClaimRequest.Line> lineCount() {
        List<ClaimRequest.Line> source = valid().lines();
        int n = new int[] { 0, 1, 2, 49, 50, 51, 80 }[random.nextInt(7)];
        List<ClaimRequest.Line> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(random.nextInt(40) == 0 ? null : source.get(k % source.size()));
        }
        return random.nextInt(10) == 0 ? null : out;
    }

    private List<ClaimRequest.Line> movedLine(List<ClaimRequest.Line> lines) {
        if (lines == null || lines.isEmpty()) {
            return lines;
        }
        List<ClaimRequest.Line> out = new ArrayList<>(lines);
        int at = random.nextInt(out.size());
        out.set(at, out.get(at) == null ? null : movedField(out.get(at)));
        return out;
    }

    private ClaimRequest.Line movedField(ClaimRequest.Line l) {
        List<UnaryOperator<ClaimRequest.Line>> moves = List.of(
                x -> new ClaimRequest.Line(oneOf(x.kind(), null), text(), x.hours(), x.partNumber(), x.quantity(),
                        x.unitPrice(), x.causalPart(), x.failedSerial(), x.newSerial(), x.costKind(), x.amount(),
                        x.description()),
                x -> new ClaimRequest.Line(x.kind(), x.operationCode(), amount(), text(), x.quantity(), x.unitPrice(),
                        x.causalPart(), x.failedSerial(), x.newSerial(), x.costKind(), x.amount(), x.description()),
                x -> new ClaimRequest.Line(x.kind(), x.operationCode(), x.hours(), x.partNumber(), amount(), amount(),
                        x.causalPart(), x.failedSerial(), x.newSerial(), x.costKind(), x.amount(), x.description()),
                x -> new ClaimRequest.Line(x.kind(), x.operationCode(), x.hours(), x.partNumber(), x.quantity(),
                        x.unitPrice(), x.causalPart(), text(), text(), x.costKind(), amount(), text()));
        return moves.get(random.nextInt(moves.size())).apply(l);
    }

    /** A string of one of the lengths around every limit, of letters, or spaces only, or with other characters. */
    private String text() {
        if (random.nextInt(12) == 0) {
            return null;
        }
        int length = LENGTHS[random.nextInt(LENGTHS.length)];
        String alphabet = new String[] { "abcXYZ019", " ", "ab c-._", "é中 /?'" }[random.nextInt(4)];
        StringBuilder s = new StringBuilder(length);
        for (int k = 0; k < length; k++) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    private String code() {
        String s = text();
        return s == null || random.nextBoolean() ? s : s.replace(' ', 'A');
    }

    private String currency() {
        return new String[] { "CNY", "EUR", "cny", "CN", "CNYY", "C1Y", "", null, "ÉUR" }[random.nextInt(9)];
    }

    private Integer reading() {
        return new Integer[] { null, -1, 0, 1, 9_999_999, 10_000_000, 10_000_001, Integer.MAX_VALUE,
                Integer.MIN_VALUE }[random.nextInt(9)];
    }

    private BigDecimal amount() {
        return random.nextInt(10) == 0 ? null : new BigDecimal(AMOUNTS[random.nextInt(AMOUNTS.length)]);
    }

    private <T> T oneOf(T a, T b) {
        return random.nextBoolean() ? a : b;
    }
}
