package io.fieldback.privacy;

/**
 * How personal data looks to a caller who may not see it: enough to recognise a person or a number
 * when one already knows it, not enough to call or identify anyone.
 */
public final class Masking {

    /** What erasure leaves in place of a name. */
    public static final String ERASED_NAME = "[erased]";
    /** What erasure leaves in place of a phone number; not a number, so it can never be dialled. */
    public static final String ERASED_PHONE = "[erased]";

    private Masking() {
    }

    /**
     * {@code +8613812345678} becomes {@code +86138****5678}, {@code 13812345678} becomes
     * {@code 138****5678}: the last four digits and what precedes the eight before them.
     */
    public static String phone(String phone) {
        if (phone == null || phone.equals(ERASED_PHONE)) {
            return phone;
        }
        if (phone.length() <= 8) {
            return "****" + phone.substring(Math.max(0, phone.length() - 2));
        }
        return phone.substring(0, phone.length() - 8) + "****" + phone.substring(phone.length() - 4);
    }

    /**
     * The first character (code point) and an asterisk for each other one: {@code 张三丰} becomes
     * {@code 张**}, {@code Li Wei} becomes {@code L*****}; a one-character name becomes {@code *}.
     */
    public static String name(String name) {
        if (name == null || name.isEmpty() || name.equals(ERASED_NAME)) {
            return name;
        }
        int length = name.codePointCount(0, name.length());
        if (length == 1) {
            return "*";
        }
        int first = name.codePointAt(0);
        return new String(Character.toChars(first)) + "*".repeat(length - 1);
    }
}
