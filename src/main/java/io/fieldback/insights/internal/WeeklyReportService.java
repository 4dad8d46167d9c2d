package io.fieldback.insights.internal;

import io.fieldback.insights.*;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.fieldback.complaint.Category;
import io.fieldback.complaint.ClockKind;
import io.fieldback.followup.Dimension;

/** Puts a week's figures beside the week before's. */
@ApplicationScoped
public class WeeklyReportService {

    static final Map<Dimension, String> DIMENSION_LABELS = Map.of(
            Dimension.PRODUCT_QUALITY, "产品质量 product quality",
            Dimension.SERVICE_ATTITUDE, "服务态度 service attitude",
            Dimension.RESPONSE_SPEED, "响应速度 response speed",
            Dimension.PROACTIVE_SOLVING, "主动解决 proactive solving",
            Dimension.OTHER, "无其他问题 nothing else to report");
    static final Map<Category, String> CATEGORY_LABELS = Map.of(
            Category.PRODUCT_QUALITY, "产品质量 product quality",
            Category.SERVICE_ATTITUDE, "服务态度 service attitude",
            Category.RESPONSE_SPEED, "响应速度 response speed",
            Category.PARTS, "配件 parts",
            Category.PRICE, "价格 price",
            Category.OTHER, "其他 other");
    static final Map<ClockKind, String> CLOCK_LABELS = Map.of(
            ClockKind.FIRST_CONTACT, "首次联系及时率 first contact on time",
            ClockKind.REPLY, "答复及时率 reply on time",
            ClockKind.CORRECTIVE_REPORT, "整改报告及时率 corrective report on time");

    private final InsightsService insights;

    public WeeklyReportService(InsightsService insights) {
        this.insights = insights;
    }

    public WeeklyReport report(String week, Scope scope, boolean includePerfunctory) {
        Period current = Period.week(week, insights.zone());
        Period previous = current.previousWeek(insights.zone());
        SatisfactionSeries.Series series = insights.series(List.of(previous, current), InsightsService.Source.COMBINED,
                scope, includePerfunctory);
        GroupFigures before = series.totals().get(0);
        GroupFigures now = series.totals().get(1);
        SatisfactionIndex.Point indexBefore = series.points().get(0);
        SatisfactionIndex.Point indexNow = series.points().get(1);
        ComplaintInsight complaintsNow = insights.complaints(current, scope);
        ComplaintInsight complaintsBefore = insights.complaints(previous, scope);

        List<WeeklyReport.Change> changes = new ArrayList<>();
        sourceRows(changes, "own", "自有回访", now.own(), before.own());
        sourceRows(changes, "vendor", "第三方调查", now.vendor(), before.vendor());
        sourceRows(changes, "combined", "合计", now.combined(), before.combined());
        indexRows(changes, indexNow, indexBefore);
        complaintRows(changes, complaintsNow, complaintsBefore);
        return new WeeklyReport(current.label(), current.first(), current.last(), insights.zone().getId(),
                previous.label(), includePerfunctory, now, before, indexNow, indexBefore, complaintsNow,
                complaintsBefore, changes, InsightsService.purposes(scope));
    }

    private static void indexRows(List<WeeklyReport.Change> changes, SatisfactionIndex.Point now,
            SatisfactionIndex.Point before) {
        row(changes, "index", "满意度指数 satisfaction index", "score", now.index(), before.index());
        for (int i = 0; i < now.parts().size(); i++) {
            SatisfactionIndex.PartScore part = now.parts().get(i);
            row(changes, "index." + part.part().name(), "指数分项 index part " + part.part().name(), "score",
                    part.score(), before.parts().get(i).score());
        }
        row(changes, "index.complaintRate", "投诉率 complaints per customer due", "rate",
                now.complaintRate().rate(), before.complaintRate().rate());
        row(changes, "satisfaction.firstCall", "首次回访满意率 first-call satisfaction", "rate",
                now.satisfaction().firstCallRate(), before.satisfaction().firstCallRate());
        row(changes, "satisfaction.second", "二次满意率 second satisfaction", "rate",
                now.satisfaction().secondRate(), before.satisfaction().secondRate());
    }

    private static void complaintRows(List<WeeklyReport.Change> changes, ComplaintInsight now,
            ComplaintInsight before) {
        count(changes, "complaints.received", "收到投诉 complaints received", now.received(),
                before.received());
        for (int i = 0; i < now.onTime().size(); i++) {
            ComplaintInsight.OnTime o = now.onTime().get(i);
            row(changes, "complaints.onTime." + o.clock().name(), CLOCK_LABELS.get(o.clock()), "rate",
                    o.onTimeRate(), before.onTime().get(i).onTimeRate());
        }
        row(changes, "complaints.meanHoursToClose", "平均结案时长 mean hours to close", "hours",
                now.meanHoursToClose(), before.meanHoursToClose());
        count(changes, "complaints.recurrences", "重复发生 recurrences", now.recurrences(),
                before.recurrences());
        for (ComplaintInsight.CategoryCount c : now.pareto()) {
            long earlier = before.pareto().stream().filter(p -> p.category() == c.category())
                    .mapToLong(ComplaintInsight.CategoryCount::count).sum();
            count(changes, "complaints.category." + c.category().name(), "投诉类别 " + CATEGORY_LABELS.get(c.category()),
                    c.count(), earlier);
        }
    }

    private static void sourceRows(List<WeeklyReport.Change> changes, String key, String name, SourceFigures now,
            SourceFigures before) {
        addCounts(changes, key, name, now, before, List.of(
                new Counted("due", "应回访 due", SourceFigures::due),
                new Counted("called", "已拨打 called", SourceFigures::called),
                new Counted("reached", "接通 reached", SourceFigures::reached),
                new Counted("refused", "拒访 refused", SourceFigures::refused),
                new Counted("notEligible", "不符合回访条件 not eligible", SourceFigures::notEligible),
                new Counted("unreachable", "无法联系 unreachable", SourceFigures::unreachable),
                new Counted("respondents", "有效样本 respondents", SourceFigures::respondents),
                new Counted("perfunctoryExcluded", "敷衍回访(已剔除) perfunctory excluded",
                        SourceFigures::perfunctoryExcluded)));
        for (int i = 0; i < now.dimensions().size(); i++) {
            SourceFigures.DimensionFigure d = now.dimensions().get(i);
            SourceFigures.DimensionFigure e = before.dimensions().get(i);
            String label = name + " " + DIMENSION_LABELS.get(d.dimension());
            count(changes, key + "." + d.dimension().name() + ".satisfied", label + " 满意数 satisfied", d.satisfied(),
                    e.satisfied());
            row(changes, key + "." + d.dimension().name() + ".rate", label + " 满意率 rate", "rate", d.rate(),
                    e.rate());
        }
    }

    private record Counted(String key, String label, Function<SourceFigures, Long> value) {
    }

    private static void addCounts(List<WeeklyReport.Change> changes, String key, String name, SourceFigures now,
            SourceFigures before, List<Counted> counted) {
        for (Counted c : counted) {
            count(changes, key + "." + c.key(), name + " " + c.label(), c.value().apply(now), c.value().apply(before));
        }
    }

    private static void count(List<WeeklyReport.Change> changes, String figure, String label, long value,
            long previous) {
        changes.add(new WeeklyReport.Change(figure, label, "count", BigDecimal.valueOf(value),
                BigDecimal.valueOf(previous), BigDecimal.valueOf(value - previous)));
    }

    private static void row(List<WeeklyReport.Change> changes, String figure, String label, String unit,
            BigDecimal value, BigDecimal previous) {
        changes.add(new WeeklyReport.Change(figure, label, unit, value, previous, value.subtract(previous)));
    }
}
