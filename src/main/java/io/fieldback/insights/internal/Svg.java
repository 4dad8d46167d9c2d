package io.fieldback.insights.internal;

import java.util.Locale;

/** A small SVG writer: elements as strings, every text and attribute value XML-escaped. */
final class Svg {

    private final StringBuilder out = new StringBuilder();

    Svg(int width, int height, String title) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" font-family=\"'Noto Sans CJK SC','Microsoft YaHei',sans-serif\">")
                .append("<title>").append(escape(title)).append("</title>")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>");
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&apos;");
                default -> {
                    // characters XML 1.0 does not allow are dropped
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        s.append(ch);
                    }
                }
            }
        }
        return s.toString();
    }

    /**
     * A generous estimate of a text's width in px, for layout without a font at hand: CJK and other full-width
     * glyphs take 1 em, everything else at most 0.7 em (wider than any Latin glyph of a sans-serif but W and M).
     */
    static double textWidth(String text, int size) {
        return text.codePoints().mapToDouble(c -> fullWidth(c) ? 1.0 : 0.7).sum() * size;
    }

    static boolean fullWidth(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (codePoint >= 0x3000 && codePoint <= 0x303F) // CJK punctuation
                || (codePoint >= 0xFF00 && codePoint <= 0xFFEF); // full-width forms
    }

    static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    Svg text(double x, double y, String text, String anchor, int size, String cssClass) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" font-size=\"").append(size).append("\" class=\"").append(escape(cssClass))
                .append("\">").append(escape(text)).append("</text>");
        return this;
    }

    /** Text turned a quarter left around its anchor: the title of a vertical axis. */
    Svg verticalText(double x, double y, String text, int size, String cssClass) {
        out.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"middle\" ")
                .append("transform=\"rotate(-90 ").append(n(x)).append(' ').append(n(y)).append(")\" font-size=\"")
                .append(size).append("\" class=\"").append(escape(cssClass)).append("\">").append(escape(text))
                .append("</text>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, double width) {
        out.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(n(width)).append("\"/>");
        return this;
    }

    Svg rect(double x, double y, double w, double h, String fill, String cssClass, String tooltip) {
        out.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append("\" class=\"")
                .append(escape(cssClass)).append("\"><title>").append(escape(tooltip)).append("</title></rect>");
        return this;
    }

    Svg polygon(String points, String stroke, String fill, String cssClass) {
        out.append("<polygon points=\"").append(points).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"2\" fill=\"").append(fill).append("\" fill-opacity=\"0.25\" class=\"")
                .append(escape(cssClass)).append("\"/>");
        return this;
    }

    Svg polyline(String points, String stroke, String cssClass) {
        out.append("<polyline points=\"").append(points).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"2\" fill=\"none\" class=\"").append(escape(cssClass)).append("\"/>");
        return this;
    }

    Svg circle(double x, double y, double r, String fill) {
        out.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(fill).append("\"/>");
        return this;
    }

    String end() {
        return out.append("</svg>").toString();
    }
}
