package io.fieldback.common;

/** Formats shared by several features' request records. */
public final class Validation {

    /** E.164: a plus sign, a country code that does not start with 0, up to 15 digits in all. */
    public static final String E164 = "^\\+[1-9]\\d{6,14}$";
    public static final String E164_MESSAGE = "must be an E.164 phone number such as +8613812345678";

    /** Business codes (customer, dealer, station): letters, digits, dot, dash, underscore. */
    public static final String CODE = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
    public static final String CODE_MESSAGE = "may contain only letters, digits, '.', '-' and '_'";

    private Validation() {
    }
}
