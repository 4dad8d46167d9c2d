package io.fieldback.insights.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fieldback.insights.WeeklyReport;
import io.fieldback.insights.WeeklyReports;

@ApplicationScoped
class WeeklyReportRendering implements WeeklyReports {

    private final WeeklyReportService weekly;
    private final WeeklyPageTemplate page;
    private final InsightsService insights;
    private final ObjectMapper mapper;

    WeeklyReportRendering(WeeklyReportService weekly, WeeklyPageTemplate page, InsightsService insights,
            ObjectMapper mapper) {
        this.weekly = weekly;
        this.page = page;
        this.insights = insights;
        this.mapper = mapper;
    }

    @Override
    public String previousWeek(Instant now) {
        LocalDate day = now.atZone(insights.zone()).toLocalDate().minusWeeks(1);
        return Period.weekOf(day, insights.zone()).label();
    }

    @Override
    @Transactional
    public Rendered render(String week, UUID dealerId) {
        Scope scope = dealerId == null ? Scope.ALL : new Scope(dealerId, null);
        WeeklyReport report = weekly.report(week, scope, false);
        String html = page.render(WeeklyPage.of(report, Charts.radar(report), Charts.pareto(report)));
        try {
            return new Rendered(report.week(), report.from().toString(), report.to().toString(), Csv.weekly(report),
                    html, mapper.writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
