package io.fieldback.insights.internal;

import io.fieldback.insights.*;
import java.math.BigDecimal;
import java.util.List;

import io.fieldback.followup.Dimension;

/** The weekly report's pictures as SVG: a radar of the five dimensions and a Pareto of complaint categories. */
final class Charts {

    private static final String CURRENT = "#1f6fb2";
    private static final String PREVIOUS = "#9a9a9a";
    private static final String LINE = "#d9480f";

    // the Pareto's canvas and plot area
    private static final int P_WIDTH = 720;
    private static final int P_HEIGHT = 460;
    private static final double P_LEFT = 70;
    private static final double P_TOP = 60;
    private static final double P_PLOT_W = P_WIDTH - P_LEFT - 70;
    private static final double P_PLOT_H = P_HEIGHT - P_TOP - 110;
    private static final double P_BASE_Y = P_TOP + P_PLOT_H;

    private Charts() {
    }

    /** One polygon per week: the combined satisfied rate of each dimension, 0 at the centre, 100% at the rim. */
    static String radar(WeeklyReport report) {
        return radar(report.week(), report.previousWeek(), report.fiveDimensions().combined().dimensions(),
                report.previousFiveDimensions().combined().dimensions());
    }

    /**
     * As wide as its axis labels need: a label beside the rim reaches out from the centre by its estimated width
     * (Svg.textWidth, CJK at 1 em), and the chart grows and re-centres so that none is cut at the edges.
     */
    static String radar(String week, String previousWeek, List<SourceFigures.DimensionFigure> now,
            List<SourceFigures.DimensionFigure> before) {
        int height = 520;
        double cy = 275;
        double radius = 165;
        double labelRadius = radius + 28;
        String title = "五维满意度 Five-dimension satisfaction " + week;
        List<String> names = now.stream().map(d -> label(d.dimension())).toList();
        List<String> values = now.stream().map(d -> percent(d.rate()) + " (" + d.satisfied() + "/" + d.base() + ")")
                .toList();
        int width = radarWidth(title, names, values, labelRadius);
        double cx = width / 2.0;
        Svg svg = new Svg(width, height, title);
        svg.text(cx, 30, title, "middle", 18, "chart-title");
        radarRings(svg, cx, cy, radius, now.size());
        for (int i = 0; i < now.size(); i++) {
            svg.line(cx, cy, x(cx, radius, i, now.size()), y(cy, radius, i, now.size()), "#bbbbbb", 1);
            double lx = x(cx, labelRadius, i, now.size());
            double ly = y(cy, labelRadius, i, now.size());
            String anchor = Math.abs(lx - cx) < 10 ? "middle" : lx > cx ? "start" : "end";
            svg.text(lx, ly, names.get(i), anchor, 13, "axis-label");
            svg.text(lx, ly + 16, values.get(i), anchor, 11, "value-label");
        }
        svg.polygon(polygon(before, cx, cy, radius), PREVIOUS, PREVIOUS, "series-previous");
        svg.polygon(polygon(now, cx, cy, radius), CURRENT, CURRENT, "series-current");
        radarLegend(svg, width, height, week, previousWeek);
        return svg.end();
    }

    /** Five rings at 20% steps, each labelled on the vertical axis. */
    private static void radarRings(Svg svg, double cx, double cy, double radius, int axes) {
        for (int ring = 1; ring <= 5; ring++) {
            double r = radius * ring / 5;
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < axes; i++) {
                points.append(Svg.n(x(cx, r, i, axes))).append(',').append(Svg.n(y(cy, r, i, axes))).append(' ');
            }
            svg.polygon(points.toString().trim(), "#dddddd", "none", "grid");
            svg.text(cx + 4, cy - r - 2, (ring * 20) + "%", "start", 10, "tick");
        }
    }

    private static void radarLegend(Svg svg, int width, int height, String week, String previousWeek) {
        svg.rect(20, height - 40, 14, 14, CURRENT, "legend", week);
        svg.text(40, height - 28, "本周 " + week, "start", 12, "legend-label");
        svg.rect(200, height - 40, 14, 14, PREVIOUS, "legend", previousWeek);
        svg.text(220, height - 28, "上周 " + previousWeek, "start", 12, "legend-label");
        svg.text(width - 20, height - 28, "满意数 / 有效样本 satisfied / base", "end", 11, "note");
    }

    /** Wide enough for the title and for the farthest reach of an axis label (and its value) from the centre. */
    private static int radarWidth(String title, List<String> names, List<String> values, double labelRadius) {
        double reach = Svg.textWidth(title, 18) / 2;
        for (int i = 0; i < names.size(); i++) {
            double dx = Math.abs(x(0, labelRadius, i, names.size()));
            double text = Math.max(Svg.textWidth(names.get(i), 13), Svg.textWidth(values.get(i), 11));
            // the same anchor rule as the labels: centred near the vertical axis, else growing outwards
            reach = Math.max(reach, dx < 10 ? dx + text / 2 : dx + text);
        }
        int margin = 16;
        return (int) Math.ceil(Math.max(640, 2 * (reach + margin)));
    }

    /** Bars: complaints per category, most first; line: cumulative share against the right axis. */
    static String pareto(WeeklyReport report) {
        String title = "投诉帕累托 Complaint Pareto " + report.week();
        Svg svg = new Svg(P_WIDTH, P_HEIGHT, title);
        svg.text(P_WIDTH / 2.0, 30, title, "middle", 18, "chart-title");
        List<ComplaintInsight.CategoryCount> bars = report.complaints().pareto();
        long max = bars.stream().mapToLong(ComplaintInsight.CategoryCount::count).max().orElse(0);
        long axisMax = niceMax(max);
        paretoAxes(svg, axisMax);
        paretoBars(svg, bars, axisMax);
        svg.text(P_LEFT, P_HEIGHT - 30, "投诉类别 category (" + report.complaints().received() + " 件 received, "
                + report.complaints().duplicatesExcluded() + " 重复已剔除 duplicates left out)", "start", 12, "axis-title");
        svg.rect(P_LEFT + P_PLOT_W - 150, P_HEIGHT - 44, 14, 14, CURRENT, "legend", "count");
        svg.text(P_LEFT + P_PLOT_W - 130, P_HEIGHT - 32, "数量 count", "start", 11, "legend-label");
        svg.line(P_LEFT + P_PLOT_W - 60, P_HEIGHT - 37, P_LEFT + P_PLOT_W - 40, P_HEIGHT - 37, LINE, 2);
        svg.text(P_LEFT + P_PLOT_W - 36, P_HEIGHT - 32, "累计 %", "start", 11, "legend-label");
        return svg.end();
    }

    /** The frame, five ticks of counts on the left and of cumulative share on the right, and the axis titles. */
    private static void paretoAxes(Svg svg, long axisMax) {
        svg.line(P_LEFT, P_TOP, P_LEFT, P_BASE_Y, "#333333", 1);
        svg.line(P_LEFT, P_BASE_Y, P_LEFT + P_PLOT_W, P_BASE_Y, "#333333", 1);
        svg.line(P_LEFT + P_PLOT_W, P_TOP, P_LEFT + P_PLOT_W, P_BASE_Y, "#333333", 1);
        for (int t = 0; t <= 5; t++) {
            double y = P_BASE_Y - P_PLOT_H * t / 5;
            svg.line(P_LEFT, y, P_LEFT + P_PLOT_W, y, "#eeeeee", 1);
            svg.text(P_LEFT - 6, y + 4, Long.toString(axisMax * t / 5), "end", 11, "tick");
            svg.text(P_LEFT + P_PLOT_W + 6, y + 4, (t * 20) + "%", "start", 11, "tick");
        }
        svg.verticalText(24, P_TOP + P_PLOT_H / 2, "投诉数 complaints", 12, "axis-title");
        svg.verticalText(P_WIDTH - 18, P_TOP + P_PLOT_H / 2, "累计占比 cumulative share", 12, "axis-title");
    }

    /** A labelled bar per category, then the cumulative line through the bars' centres with a dot on each. */
    private static void paretoBars(Svg svg, List<ComplaintInsight.CategoryCount> bars, long axisMax) {
        double slot = P_PLOT_W / Math.max(1, bars.size());
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < bars.size(); i++) {
            ComplaintInsight.CategoryCount c = bars.get(i);
            double h = axisMax == 0 ? 0 : P_PLOT_H * c.count() / axisMax;
            double x = P_LEFT + slot * i + slot * 0.15;
            String name = WeeklyReportService.CATEGORY_LABELS.get(c.category());
            svg.rect(x, P_BASE_Y - h, slot * 0.7, h, CURRENT, "bar", name + ": " + c.count());
            svg.text(x + slot * 0.35, P_BASE_Y - h - 6, Long.toString(c.count()), "middle", 12, "bar-value");
            String[] words = name.split(" ", 2);
            svg.text(x + slot * 0.35, P_BASE_Y + 18, words[0], "middle", 12, "category-label");
            if (words.length > 1) {
                svg.text(x + slot * 0.35, P_BASE_Y + 34, words[1], "middle", 10, "category-label-en");
            }
            double cumY = P_BASE_Y - P_PLOT_H * c.cumulativeShare().doubleValue();
            line.append(Svg.n(x + slot * 0.35)).append(',').append(Svg.n(cumY)).append(' ');
        }
        svg.polyline(line.toString().trim(), LINE, "cumulative");
        for (int i = 0; i < bars.size(); i++) {
            double x = P_LEFT + slot * i + slot * 0.5;
            double cumY = P_BASE_Y - P_PLOT_H * bars.get(i).cumulativeShare().doubleValue();
            svg.circle(x, cumY, 3.5, LINE);
        }
    }

    /** The top of the count axis: five ticks of 1, 2 or 5 times a power of ten, at least 5. */
    static long niceMax(long max) {
        for (long scale = 1;; scale *= 10) {
            for (long step : new long[] { 1, 2, 5 }) {
                if (5 * step * scale >= max) {
                    return 5 * step * scale;
                }
            }
        }
    }

    private static String polygon(List<SourceFigures.DimensionFigure> dims, double cx, double cy, double radius) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < dims.size(); i++) {
            double r = radius * dims.get(i).rate().doubleValue();
            points.append(Svg.n(x(cx, r, i, dims.size()))).append(',').append(Svg.n(y(cy, r, i, dims.size())))
                    .append(' ');
        }
        return points.toString().trim();
    }

    static String label(Dimension dimension) {
        return WeeklyReportService.DIMENSION_LABELS.get(dimension);
    }

    static String percent(BigDecimal rate) {
        return rate.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static double x(double cx, double r, int i, int n) {
        return cx + r * Math.cos(-Math.PI / 2 + 2 * Math.PI * i / n);
    }

    private static double y(double cy, double r, int i, int n) {
        return cy + r * Math.sin(-Math.PI / 2 + 2 * Math.PI * i / n);
    }
}
