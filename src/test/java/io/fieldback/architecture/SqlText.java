package io.fieldback.architecture;

/**
 * The text of a Java source's string literals and text blocks, in order, joined by spaces, comments and char
 * literals left out: SQL built as {@code "... FROM " + "visits v"} reads as one statement.
 */
final class SqlText {

    private SqlText() {
    }

    static String literals(String source) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                i = end(source, source.indexOf('\n', i));
            } else if (source.startsWith("/*", i)) {
                i = end(source, source.indexOf("*/", i + 2)) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int close = closing(source, i + 3, "\"\"\"");
                text.append(source, i + 3, close).append(' ');
                i = close + 3;
            } else if (source.charAt(i) == '"') {
                int close = closing(source, i + 1, "\"");
                text.append(source, i + 1, close).append(' ');
                i = close + 1;
            } else if (source.charAt(i) == '\'') {
                i = closing(source, i + 1, "'") + 1;
            } else {
                i++;
            }
        }
        return text.toString();
    }

    /** Where the literal opened before {@code from} closes, skipping escaped characters. */
    private static int closing(String source, int from, String quote) {
        int i = from;
        while (i < source.length() && !source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i, source.length());
    }

    private static int end(String source, int index) {
        return index < 0 ? source.length() : index;
    }
}
