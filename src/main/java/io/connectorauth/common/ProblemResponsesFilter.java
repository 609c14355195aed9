package io.connectorauth.common;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Adds the problem responses that any endpoint under {@code /v1} can return, so the resource methods declare only
 * their own: 401, 403, 406 and 413 come from the HTTP layer, 500 and 503 from failures.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> COMMON = Map.of(
            "401", "The bearer token is missing, invalid or expired",
            "403", "The token lacks the scope for this operation",
            "406", "The client does not accept application/json",
            "413", "The request body exceeds the configured limit",
            "500", "An unexpected failure; the body carries only the request id",
            "503", "The database is unavailable; retry after the seconds in Retry-After");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (!path.getKey().startsWith("/v1/")) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                addCommon(operation);
            }
        }
    }

    private static void addCommon(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> status : COMMON.entrySet()) {
            if (!responses.hasAPIResponse(status.getKey())) {
                responses.addAPIResponse(status.getKey(), OASFactory.createAPIResponse()
                        .description(status.getValue())
                        .content(problemContent()));
            }
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            boolean error = response.getKey().startsWith("4") || response.getKey().startsWith("5");
            if (error && response.getValue().getContent() == null) {
                response.getValue().setContent(problemContent());
            }
        }
    }

    /**
     * Returns the problem+json content that every error response carries, including those that SmallRye OpenAPI
     * generates from security annotations without a body.
     */
    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem")));
    }
}
