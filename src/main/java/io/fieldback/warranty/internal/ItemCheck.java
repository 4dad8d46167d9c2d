package io.fieldback.warranty.internal;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;

import io.fieldback.common.FieldError;
import io.fieldback.common.FieldPaths;

/**
 * The Bean Validation of a bulk item, paid only by the items that need it. Hibernate Validator's reflective walk of
 * an item and its lines was 16% of a 5,000-claim request (issue 17's profile), though nearly every item is valid. So
 * a hand-written pass over the same constraints decides first whether an item is plainly valid; it may be stricter
 * than the annotations (a value it is unsure of goes on), never laxer: ItemCheckAgreesWithAnnotationsTest puts 20,000
 * items straddling every limit to both, so an annotation tightened without this class fails it. Every other item is validated as before, so
 * the annotations stay the one statement of the rules and the answers keep their fields and messages.
 */
@ApplicationScoped
class ItemCheck {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final Validator validator;

    ItemCheck(Validator validator) {
        this.validator = validator;
    }

    /** The item's field errors as the validator names them, sorted by field; none for a valid item. */
    List<FieldError> errors(ClaimBatch.Item item) {
        if (plainlyValid(item)) {
            return List.of();
        }
        return validator.validate(item).stream().map(v -> new FieldError(FieldPaths.of(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field())).toList();
    }

    /** True only when every constraint of {@link ClaimBatch.Item} and its lines holds. */
    static boolean plainlyValid(ClaimBatch.Item item) {
        return code(item.claimNumber()) && item.updatedAt() != null && item.visitId() != null
                && notBlank(item.claimTypeCode(), 40)
                && (item.failureReading() == null || item.failureReading() >= 0 && item.failureReading() <= 10_000_000)
                && currency(item.currency()) && lines(item.lines());
    }

    private static boolean lines(List<ClaimRequest.Line> lines) {
        if (lines == null || lines.isEmpty() || lines.size() > 50) {
            return false;
        }
        for (ClaimRequest.Line line : lines) {
            if (line == null || !line(line)) {
                return false;
            }
        }
        return true;
    }

    private static boolean line(ClaimRequest.Line l) {
        return l.kind() != null && max(l.operationCode(), 40) && max(l.partNumber(), 40)
                && max(l.failedSerial(), 60) && max(l.newSerial(), 60) && max(l.description(), 500)
                && amount(l.hours(), false, HUNDRED) && amount(l.quantity(), false, THOUSAND)
                && amount(l.unitPrice(), true, MILLION) && amount(l.amount(), false, MILLION);
    }

    /**
     * Null, or within (0 or above) and at most {@code max} with at most two decimals: the @DecimalMin, @DecimalMax and
     * @Digits of the line's amounts, whose integer digits the maximum already bounds.
     */
    private static boolean amount(BigDecimal v, boolean zeroAllowed, BigDecimal max) {
        if (v == null) {
            return true;
        }
        int sign = v.signum();
        return (zeroAllowed ? sign >= 0 : sign > 0) && v.compareTo(max) <= 0 && v.scale() <= 2;
    }

    private static boolean max(String s, int length) {
        return s == null || s.length() <= length;
    }

    private static boolean notBlank(String s, int length) {
        return s != null && s.length() <= length && !s.trim().isEmpty();
    }

    /** {@code Validation.CODE}, at most 40 characters: a letter or digit first, then letters, digits, '.', '-', '_'. */
    private static boolean code(String s) {
        if (s == null || s.isEmpty() || s.length() > 40 || !alnum(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!alnum(c) && c != '.' && c != '-' && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean alnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean currency(String s) {
        return s != null && s.length() == 3 && upper(s.charAt(0)) && upper(s.charAt(1)) && upper(s.charAt(2));
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
