package io.fieldback.insights.internal;

import io.fieldback.insights.*;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fieldback.security.Roles;

/**
 * Figures for managers. Analysts and admins see everything; a dealer sees the figures of its own
 * stations only (calls and vendor rows of its stations' visits, complaints about them).
 */
@Path("/api/v1/insights")
@Tag(name = "Insights")
@RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.DEALER })
public class InsightsResource {

    static final String SVG = "image/svg+xml";
    static final String CSV = "text/csv; charset=UTF-8";
    private static final String PERIOD = " Calls count in the period their due time falls in, vendor rows by interview "
            + "date, complaints by receipt; days are calendar days of fieldback.insights.time-zone.";
    private static final String STATION = "only this station (404 when unknown or, for a dealer, not its own)";
    private static final String PURPOSE = "the purposes of the calls to count: FIRST_FOLLOW_UP, SECOND_SATISFACTION; "
            + "repeated (or comma-separated) for several; default FIRST_FOLLOW_UP. Vendor rows count as FIRST_FOLLOW_UP";
    private static final String PERFUNCTORY = "true: calls flagged perfunctory count in the satisfaction figures; "
            + "default false: they are left out and counted in perfunctoryExcluded";

    private final InsightsService insights;
    private final WeeklyReportService weekly;
    private final WeeklyPageTemplate page;

    public InsightsResource(InsightsService insights, WeeklyReportService weekly,
            WeeklyPageTemplate page) {
        this.insights = insights;
        this.weekly = weekly;
        this.page = page;
    }

    @GET
    @Path("five-dimensions")
    @Operation(operationId = "getFiveDimensionReport", summary = "The five-dimension model for a period, per group and in total",
            description = "Per group and in total: calls due, called (an attempt was made), reached (completed or "
                    + "refused), refused, not eligible by reason, unreachable, and for each of the five items the "
                    + "respondents satisfied and the rate (satisfied / base); own calls, vendor surveys and both." + PERIOD)
    public FiveDimensionReport fiveDimensions(
            @QueryParam("from") @Parameter(description = "first day, inclusive", required = true, example = "2026-11-01") String from,
            @QueryParam("to") @Parameter(description = "last day, inclusive", required = true, example = "2026-11-30") String to,
            @QueryParam("groupBy") @Parameter(description = "default: none (the total only)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "region", "province", "station",
                            "productSeries", "relationship", "importance", "purpose", "none" })) String groupBy,
            @QueryParam("includePerfunctory") @Parameter(description = PERFUNCTORY) Boolean includePerfunctory,
            @QueryParam("stationId") @Parameter(description = STATION) UUID stationId,
            @QueryParam("purpose") @Parameter(description = PURPOSE) List<String> purpose) {
        Period period = Period.between(from, to, insights.zone());
        GroupBy grouping = GroupBy.parse(groupBy);
        return insights.fiveDimensions(period, grouping, scope(stationId, purpose),
                Boolean.TRUE.equals(includePerfunctory));
    }

    @GET
    @Path("satisfaction-index")
    @Operation(operationId = "getSatisfactionIndex", summary = "The satisfaction index (0-100) per week or month, with its parts",
            description = "Weighted mean of perceived quality, perceived service, loyalty and the complaint rate "
                    + "(weights: fieldback.insights.index.weights.*), plus first-call against second satisfaction." + PERIOD)
    public SatisfactionIndex index(
            @QueryParam("from") @Parameter(description = "first day, inclusive", required = true, example = "2026-09-01") String from,
            @QueryParam("to") @Parameter(description = "last day, inclusive", required = true, example = "2026-11-30") String to,
            @QueryParam("granularity") @Parameter(description = "default week (ISO weeks, Monday to Sunday)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "week", "month" })) String granularity,
            @QueryParam("source") @Parameter(description = "default combined",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "own", "vendor", "combined" })) String source,
            @QueryParam("includePerfunctory") @Parameter(description = PERFUNCTORY) Boolean includePerfunctory,
            @QueryParam("stationId") @Parameter(description = STATION) UUID stationId,
            @QueryParam("purpose") @Parameter(description = PURPOSE) List<String> purpose) {
        Period period = Period.between(from, to, insights.zone());
        return insights.index(period, Period.Granularity.parse(granularity), InsightsService.Source.parse(source),
                scope(stationId, purpose), Boolean.TRUE.equals(includePerfunctory));
    }

    @GET
    @Path("complaints")
    @Operation(operationId = "getComplaintInsight", summary = "Complaint figures for a period: on-time rate per clock, Pareto, mean time to close, recurrences",
            description = "The complaint feature's figures over any span of days: on-time rates and the Pareto over the "
                    + "complaints received in it, the time to close over those first closed in it, recurrences by reopening.")
    public ComplaintInsight complaints(
            @QueryParam("from") @Parameter(description = "first day, inclusive", required = true, example = "2026-11-01") String from,
            @QueryParam("to") @Parameter(description = "last day, inclusive", required = true, example = "2026-11-30") String to,
            @QueryParam("stationId") @Parameter(description = STATION) UUID stationId) {
        Period period = Period.between(from, to, insights.zone());
        return insights.complaints(period, insights.scope(stationId));
    }

    @GET
    @Path("weekly-reports/{week}")
    @Operation(operationId = "getWeeklyReport", summary = "A week's follow-up report with the change from the week before")
    public WeeklyReport weekly(
            @PathParam("week") @Parameter(description = "ISO week", example = "2026-W48") String week,
            @QueryParam("includePerfunctory") @Parameter(description = PERFUNCTORY) Boolean includePerfunctory,
            @QueryParam("stationId") @Parameter(description = STATION) UUID stationId) {
        return report(week, includePerfunctory, stationId);
    }

    @GET
    @Path("weekly-reports/{week}/csv")
    @Produces(CSV)
    @Operation(operationId = "getWeeklyReportCsv", summary = "A week's report as CSV (UTF-8 with BOM, for spreadsheet programs)")
    @APIResponse(responseCode = "200", description = "one row per figure: this week, the week before, the change",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    public Response weeklyCsv(@PathParam("week") @Parameter(description = "ISO week", example = "2026-W48") String week,
            @QueryParam("includePerfunctory") @Parameter(description = PERFUNCTORY) Boolean includePerfunctory,
            @QueryParam("stationId") @Parameter(description = STATION) UUID stationId) {
        WeeklyReport report = report(week, includePerfunctory, stationId);
        return Response.ok(Csv.weekly(report), CSV)
                .header("Content-Disposition", "attachment; filename=\"weekly-report-" + report.week() + ".csv\"")
                .build();
    }

    @GET
    @Path("weekly-reports/{week}/radar.svg")
    @Produces(SVG)
    @Operation(operationId = "getWeeklyRadarChart", summary = "Radar chart of the five dimensions: the week against the week before")
    @APIResponse(responseCode = "200", description = "SVG", content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)))
    public Response radar(@PathParam("week") @Parameter(description = "ISO week", example = "2026-W48") String week,
            @QueryParam("includePerfunctory") @Parameter(description = PERFUNCTORY) Boolean includePerfunctory,
            @QueryParam("stationId") @Parameter(description = STATION) UUID stationId) {
        return Response.ok(Charts.radar(report(week, includePerfunctory, stationId)), SVG).build();
    }

    @GET
    @Path("weekly-reports/{week}/pareto.svg")
    @Produces(SVG)
    @Operation(operationId = "getWeeklyParetoChart", summary = "Pareto chart of the week's complaint categories (bars and cumulative line)")
    @APIResponse(responseCode = "200", description = "SVG", content = @Content(mediaType = SVG, schema = @Schema(type = SchemaType.STRING)))
    public Response pareto(@PathParam("week") @Parameter(description = "ISO week", example = "2026-W48") String week,
            @QueryParam("stationId") @Parameter(description = STATION) UUID stationId) {
        return Response.ok(Charts.pareto(report(week, false, stationId)), SVG).build();
    }

    @GET
    @Path("weekly-reports/{week}/page")
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getWeeklyReportPage", summary = "A week's report as a read-only HTML page with both charts")
    @APIResponse(responseCode = "200", description = "HTML", content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    public String weeklyPage(@PathParam("week") @Parameter(description = "ISO week", example = "2026-W48") String week,
            @QueryParam("includePerfunctory") @Parameter(description = PERFUNCTORY) Boolean includePerfunctory,
            @QueryParam("stationId") @Parameter(description = STATION) UUID stationId) {
        WeeklyReport report = report(week, includePerfunctory, stationId);
        return page.render(WeeklyPage.of(report, Charts.radar(report), Charts.pareto(report)));
    }

    private Scope scope(UUID stationId, List<String> purpose) {
        return insights.scope(stationId).withPurposes(InsightsService.purposes(purpose));
    }

    private WeeklyReport report(String week, Boolean includePerfunctory, UUID stationId) {
        Period.week(week, insights.zone()); // 400 on a malformed week before anything is read
        return weekly.report(week, insights.scope(stationId), Boolean.TRUE.equals(includePerfunctory));
    }
}
