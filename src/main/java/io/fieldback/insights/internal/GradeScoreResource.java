package io.fieldback.insights.internal;

import io.fieldback.insights.*;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fieldback.security.Roles;

/** Mean scores of graded items (e.g. a weekly A ... D grade of a supplier), beside the satisfied counts. */
@Path("/api/v1/insights/grade-scores")
@Tag(name = "Insights")
@RolesAllowed({ Roles.ADMIN, Roles.ANALYST, Roles.DEALER })
public class GradeScoreResource {

    private final InsightsService insights;
    private final GradeScoreQueries queries;

    public GradeScoreResource(InsightsService insights, GradeScoreQueries queries) {
        this.insights = insights;
        this.queries = queries;
    }

    @GET
    @Operation(operationId = "getGradeScores", summary = "Mean scores of graded items per week or month, per item and dimension",
            description = "For questionnaire items whose grade options carry scores: per period, the number of scored "
                    + "answers and their mean score, per item and per dimension, from own calls, vendor rows and both. "
                    + "Calls count in the period their due time falls in, vendor rows by interview date.")
    public GradeScores scores(
            @QueryParam("from") @Parameter(description = "first day, inclusive", required = true, example = "2026-09-01") String from,
            @QueryParam("to") @Parameter(description = "last day, inclusive", required = true, example = "2026-11-30") String to,
            @QueryParam("granularity") @Parameter(description = "default week (ISO weeks, Monday to Sunday)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "week", "month" })) String granularity,
            @QueryParam("includePerfunctory") @Parameter(description = "true: calls flagged perfunctory count; "
                    + "default false") Boolean includePerfunctory,
            @QueryParam("stationId") @Parameter(description = "only this station (404 when unknown or, for a dealer, "
                    + "not its own)") UUID stationId) {
        Period period = Period.between(from, to, insights.zone());
        Period.Granularity grain = Period.Granularity.parse(granularity);
        boolean perfunctory = Boolean.TRUE.equals(includePerfunctory);
        List<Period> buckets = period.buckets(grain, insights.zone());
        return GradeScoresOf.of(period, grain, insights.zone(), perfunctory, buckets,
                queries.sums(buckets, insights.scope(stationId), perfunctory));
    }
}
