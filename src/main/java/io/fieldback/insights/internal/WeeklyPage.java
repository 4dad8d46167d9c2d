package io.fieldback.insights.internal;

import io.fieldback.insights.*;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** What the weekly HTML page shows, as ready-formatted text (the template only lays it out). */
public record WeeklyPage(String week, String previousWeek, String from, String to, String timeZone,
        String index, String indexChange, List<Row> dimensions, List<Row> counts, List<Row> complaints,
        List<Row> changes, String radarSvg, String paretoSvg) {

    public record Row(String label, String own, String vendor, String combined, String previous, String change) {
    }

    static WeeklyPage of(WeeklyReport r, String radar, String pareto) {
        List<Row> dimensions = dimensionRows(r);
        List<Row> counts = countRows(r);
        List<Row> complaints = complaintRows(r);
        List<Row> changes = r.changes().stream().map(ch -> new Row(ch.label(), ch.figure(), ch.unit(),
                ch.value().toPlainString(), ch.previous().toPlainString(), ch.change().toPlainString())).toList();
        return new WeeklyPage(r.week(), r.previousWeek(), r.from().toString(), r.to().toString(), r.timeZone(),
                r.index().index().toPlainString(), signed(r.index().index().subtract(r.previousIndex().index())),
                dimensions, counts, complaints, changes, radar, pareto);
    }

    private static List<Row> dimensionRows(WeeklyReport r) {
        List<Row> dimensions = new ArrayList<>();
        for (int i = 0; i < r.fiveDimensions().combined().dimensions().size(); i++) {
            SourceFigures.DimensionFigure own = r.fiveDimensions().own().dimensions().get(i);
            SourceFigures.DimensionFigure vendor = r.fiveDimensions().vendor().dimensions().get(i);
            SourceFigures.DimensionFigure both = r.fiveDimensions().combined().dimensions().get(i);
            SourceFigures.DimensionFigure before = r.previousFiveDimensions().combined().dimensions().get(i);
            dimensions.add(new Row(Charts.label(both.dimension()), share(own), share(vendor), share(both),
                    Charts.percent(before.rate()), points(both.rate().subtract(before.rate()))));
        }
        return dimensions;
    }

    private static List<Row> countRows(WeeklyReport r) {
        List<Row> counts = new ArrayList<>();
        SourceFigures o = r.fiveDimensions().own();
        SourceFigures v = r.fiveDimensions().vendor();
        SourceFigures c = r.fiveDimensions().combined();
        SourceFigures p = r.previousFiveDimensions().combined();
        counts.add(count("应回访 due", o.due(), v.due(), c.due(), p.due()));
        counts.add(count("已拨打 called", o.called(), v.called(), c.called(), p.called()));
        counts.add(count("接通 reached", o.reached(), v.reached(), c.reached(), p.reached()));
        counts.add(count("拒访 refused", o.refused(), v.refused(), c.refused(), p.refused()));
        counts.add(count("不符合条件 not eligible", o.notEligible(), v.notEligible(), c.notEligible(), p.notEligible()));
        counts.add(count("无法联系 unreachable", o.unreachable(), v.unreachable(), c.unreachable(), p.unreachable()));
        counts.add(count("有效样本 respondents", o.respondents(), v.respondents(), c.respondents(), p.respondents()));
        counts.add(count("敷衍回访(已剔除) perfunctory excluded", o.perfunctoryExcluded(), v.perfunctoryExcluded(),
                c.perfunctoryExcluded(), p.perfunctoryExcluded()));
        return counts;
    }

    private static List<Row> complaintRows(WeeklyReport r) {
        List<Row> complaints = new ArrayList<>();
        for (int i = 0; i < r.complaints().onTime().size(); i++) {
            ComplaintInsight.OnTime now = r.complaints().onTime().get(i);
            ComplaintInsight.OnTime before = r.previousComplaints().onTime().get(i);
            complaints.add(new Row(WeeklyReportService.CLOCK_LABELS.get(now.clock()),
                    now.met() + " / " + (now.met() + now.missed()), "", Charts.percent(now.onTimeRate()),
                    Charts.percent(before.onTimeRate()), points(now.onTimeRate().subtract(before.onTimeRate()))));
        }
        return complaints;
    }

    private static String share(SourceFigures.DimensionFigure d) {
        return d.satisfied() + " / " + d.base() + " (" + Charts.percent(d.rate()) + ")";
    }

    private static Row count(String label, long own, long vendor, long combined, long previous) {
        return new Row(label, Long.toString(own), Long.toString(vendor), Long.toString(combined),
                Long.toString(previous), signed(BigDecimal.valueOf(combined - previous)));
    }

    /** A change of rates, in percentage points. */
    private static String points(BigDecimal delta) {
        return signed(delta.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + " pp";
    }

    private static String signed(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + value.toPlainString();
    }
}
