package io.fieldback.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The weekly report for other features (notifications freeze and mail it): rendered whole, for the
 * network or one dealer's stations, ignoring the caller (system use; the scope is the argument).
 */
@ApplicationScoped
public class WeeklyReports {

    /** A week's report as its three documents, ready to be stored unchanged. */
    public record Rendered(String week, String from, String to, byte[] csv, String html, String json) {
    }

    private final WeeklyReportService weekly;
    private final WeeklyPageTemplate page;
    private final InsightsService insights;
    private final ObjectMapper mapper;

    public WeeklyReports(WeeklyReportService weekly, WeeklyPageTemplate page, InsightsService insights,
            ObjectMapper mapper) {
        this.weekly = weekly;
        this.page = page;
        this.insights = insights;
        this.mapper = mapper;
    }

    /** The ISO week before the one {@code now} falls in, in the reports' zone (e.g. 2026-W48). */
    public String previousWeek(Instant now) {
        LocalDate day = now.atZone(insights.zone()).toLocalDate().minusWeeks(1);
        return Period.weekOf(day, insights.zone()).label();
    }

    /** {@code dealerId} null: the whole network; else that dealer's stations only. */
    @Transactional
    public Rendered render(String week, UUID dealerId) {
        FigureQueries.Scope scope = dealerId == null ? FigureQueries.Scope.ALL : new FigureQueries.Scope(dealerId, null);
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
