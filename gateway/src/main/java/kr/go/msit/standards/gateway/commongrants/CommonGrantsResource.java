package kr.go.msit.standards.gateway.commongrants;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import kr.go.msit.standards.gateway.commongrants.Answers.OpportunitiesPage;
import kr.go.msit.standards.gateway.commongrants.Answers.OpportunityResponse;
import kr.go.msit.standards.gateway.commongrants.Answers.SearchResults;
import kr.go.msit.standards.gateway.commongrants.Search.SearchRequest;
import kr.go.msit.standards.gateway.compose.ServiceCalls;
import kr.go.msit.standards.platform.problem.ProblemResponses;
import kr.go.msit.standards.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Calls for proposals as CommonGrants opportunities ({@code @common-grants/core} 0.3.0-alpha.1, API v0.3.0): the
 * protocol's required routes (list, one) and its optional search. Every role may read them (a {@code viewer} token
 * suffices); the gateway's token check and rate limits apply as on {@code /api}. Errors take the protocol's shape.
 */
@Path("/common-grants/opportunities")
@Tag(name = "CommonGrants", description = "Calls for proposals as CommonGrants funding opportunities")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(
        name = "bearerAuth",
        scopes = {
            Roles.PROGRAM_MANAGER,
            Roles.FINANCE_OFFICER,
            Roles.PARTNERSHIP_OFFICER,
            Roles.INSTITUTION,
            Roles.AUDITOR,
            Roles.VIEWER
        })
@APIResponse(
        responseCode = "401",
        description = "No valid bearer token (WWW-Authenticate: Bearer)",
        content =
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Answers.Error.class)))
@APIResponse(
        responseCode = "403",
        description = "A browser's Origin that is not one of CORS_ORIGINS (origin-not-allowed in errors[0].type), or "
                + "a token whose roles projects-service does not admit",
        content =
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Answers.Error.class)))
@APIResponse(
        responseCode = "408",
        description = "No part of the request body came for the gateway's body timeout (BODY_TIMEOUT)",
        content =
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Answers.Error.class)))
@APIResponse(
        responseCode = "413",
        description = "The request body is larger than the gateway takes",
        content =
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Answers.Error.class)))
@APIResponse(
        responseCode = "415",
        description = "A request body that is not application/json (the search's, or a GET's that has one)",
        content =
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Answers.Error.class)))
@APIResponse(
        responseCode = "406",
        description = "The Accept header excludes application/json",
        content =
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Answers.Error.class)))
@APIResponse(
        responseCode = "default",
        description = "Any other error, in the same shape",
        content =
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Answers.Error.class)))
@APIResponse(
        responseCode = "429",
        description = "Too many requests (Retry-After says when to come back)",
        content =
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Answers.Error.class)))
@APIResponse(
        responseCode = "503",
        description = "projects-service cannot answer",
        content =
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Answers.Error.class)))
@APIResponse(
        responseCode = "504",
        description = "projects-service did not answer in time",
        content =
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = Answers.Error.class)))
public class CommonGrantsResource {

    private final OpportunityService opportunities;
    private final ProblemResponses problems;

    public CommonGrantsResource(OpportunityService opportunities, ProblemResponses problems) {
        this.opportunities = opportunities;
        this.problems = problems;
    }

    @GET
    @Operation(
            operationId = "listOpportunities",
            description = "The CommonGrants protocol's required list route (v0.3.0). Any role may call it; a draft "
                    + "call is not listed. Errors take the protocol's shape (CommonGrantsError).",
            summary = "Calls for proposals as CommonGrants opportunities, most recently changed first (pages from 1)")
    @APIResponse(
            responseCode = "200",
            description = "A page of opportunities",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OpportunitiesPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "page or pageSize out of range, or given more than once",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Answers.Error.class)))
    public CompletionStage<OpportunitiesPage> list(
            @Parameter(description = "The page, from 1") @QueryParam("page") @DefaultValue("1") @Min(1) @Max(1_000_000)
                    int page,
            @Parameter(description = "Items per page, 1–200")
                    @QueryParam("pageSize")
                    @DefaultValue("100")
                    @Min(1)
                    @Max(200)
                    int pageSize,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("traceparent") String traceparent) {
        return opportunities.list(page, pageSize, forwarded(authorization, traceparent));
    }

    @GET
    @Path("/{oppId}")
    @Operation(
            operationId = "getOpportunity",
            summary = "One call for proposals as a CommonGrants opportunity",
            description = "The CommonGrants protocol's required read route (v0.3.0). Any role may call it. Errors take "
                    + "the protocol's shape (CommonGrantsError).")
    @APIResponse(
            responseCode = "200",
            description = "The opportunity",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OpportunityResponse.class)))
    @APIResponse(
            responseCode = "400",
            description = "oppId is not a UUID",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Answers.Error.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such opportunity (or a call still in draft)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Answers.Error.class)))
    public CompletionStage<OpportunityResponse> get(
            @Parameter(description = "The opportunity's (the call's) id") @PathParam("oppId") UUID id,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("traceparent") String traceparent) {
        return opportunities.get(id, forwarded(authorization, traceparent));
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "searchOpportunities",
            description = "The CommonGrants protocol's optional search route (v0.3.0): filters combine with AND; those "
                    + "the calls cannot answer are reported in filterInfo.errors and sortInfo.errors. Any role may "
                    + "call it. Errors take the protocol's shape (CommonGrantsError).",
            summary = "Search opportunities by text, status, close date and amounts, sorted and paged as the "
                    + "protocol says")
    @APIResponse(
            responseCode = "200",
            description = "A page of the matching opportunities, with the sort and filters applied",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SearchResults.class)))
    @APIResponse(
            responseCode = "400",
            description = "A malformed search (the errors name each field)",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Answers.Error.class)))
    public CompletionStage<SearchResults> search(
            @Valid @NotNull SearchRequest request,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("traceparent") String traceparent) {
        return opportunities.search(request, forwarded(authorization, traceparent));
    }

    private java.util.Map<String, String> forwarded(String authorization, String traceparent) {
        return ServiceCalls.forwarded(authorization, problems.requestId(), traceparent);
    }
}
