package io.connectorauth.connectorauth;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.Cancellable;

import io.connectorauth.common.ApiDocumentation;
import io.connectorauth.common.ListParams;
import io.connectorauth.common.PageResponses;
import io.connectorauth.common.Problem;
import io.connectorauth.security.CallerResolver;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * The connector-auth API of the public Locoia docs, scoped to the caller's tenant.
 * <p>
 * Requests run to the end after the client closes the connection ({@code @Cancellable(false)}). Otherwise Quarkus
 * REST cancels the {@code Uni}, and a cancelled write closes its Hibernate Reactive session while a statement is
 * still running. Hibernate Reactive then logs errors, and the connection can stay in an open transaction.
 */
@Cancellable(false)
@Path("/v1/connector-auths")
@Tag(name = "Connector auths")
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConnectorAuthResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ConnectorAuthService service;
    private final SecretRevealService reveals;
    private final IdempotentCreates idempotentCreates;
    private final CallerResolver callers;

    ConnectorAuthResource(ConnectorAuthService service, SecretRevealService reveals,
            IdempotentCreates idempotentCreates, CallerResolver callers) {
        this.service = service;
        this.reveals = reveals;
        this.idempotentCreates = idempotentCreates;
        this.callers = callers;
    }

    @POST
    @Operation(summary = "Create a connector auth", description = "Needs connector_auth or connector_auth:manage. "
            + "A retry with the same Idempotency-Key and body returns the first response.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreateConnectorAuthRequest.class), examples = @ExampleObject(name = "docs", value = ConnectorAuthExamples.CREATE)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new auth and ETag its version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectorAuthView.class), examples = @ExampleObject(name = "docs", value = ConnectorAuthExamples.VIEW)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> create(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull CreateConnectorAuthRequest request, UriInfo uri) {
        if (idempotencyKey == null) {
            return service.create(callers.current(), request)
                    .map(view -> created(uri, view.id(), view.version(), view));
        }
        return idempotentCreates.create(callers.current(), idempotencyKey, request)
                .map(stored -> created(uri, stored.id(), stored.version(), stored.body()));
    }

    @GET
    @Operation(summary = "List connector auths", description = "Needs a connector_auth scope. Filter, sort and page "
            + "as described in docs/filtering.md; the next page is in the Link header.")
    @APIResponse(responseCode = "200", description = "One page of auths", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectorAuthView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid filter, sort or paging parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> list(@BeanParam ListParams params, UriInfo uri) {
        return service.list(callers.current(), params)
                .map(page -> PageResponses.of(page, uri));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a connector auth", description = "Needs a connector_auth scope. Secrets are masked.")
    @APIResponse(responseCode = "200", description = "The auth; ETag carries its version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectorAuthView.class), examples = @ExampleObject(name = "docs", value = ConnectorAuthExamples.VIEW)))
    @APIResponse(responseCode = "404", description = "No such auth in the caller's tenant, or not readable by the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "not found", value = ConnectorAuthExamples.NOT_FOUND)))
    public Uni<Response> get(@PathParam("id") UUID id) {
        return service.get(callers.current(), id)
                .map(ConnectorAuthResource::withEntityTag);
    }

    /**
     * Returns the plaintext secrets; responses must not be cached anywhere.
     */
    @GET
    @Path("{id}/secrets")
    @Operation(summary = "Reveal the secrets of a connector auth", description = "Needs scope connector_auth:reveal and read permission on the auth. Every attempt is audited; the response is never cached.")
    @APIResponse(responseCode = "200", description = "The plaintext secret fields and the full api_endpoint")
    @APIResponse(responseCode = "404", description = "No such auth in the caller's tenant, or not readable by the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "The tenant's keys were destroyed, so the secrets are gone", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> revealSecrets(@PathParam("id") UUID id) {
        return reveals.reveal(callers.current(), id)
                .map(view -> Response.ok(view)
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .build());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update a connector auth", description = "Needs connector_auth or connector_auth:manage. "
            + "Fields left out keep their values.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UpdateConnectorAuthRequest.class), examples = @ExampleObject(name = "rename", value = ConnectorAuthExamples.UPDATE)))
    @APIResponse(responseCode = "200", description = "The updated auth with its new ETag", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectorAuthView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such auth for the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UpdateConnectorAuthRequest request) {
        return service.update(callers.current(), id, IfMatch.parse(ifMatch), request)
                .map(ConnectorAuthResource::withEntityTag);
    }

    @PUT
    @Path("{id}/permissions")
    @Operation(summary = "Replace the permissions of a connector auth", description = "Needs the manage permission on "
            + "the auth.")
    @APIResponse(responseCode = "200", description = "The auth with its new permissions and ETag", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectorAuthView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such auth for the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> updatePermissions(@PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull PermissionsView permissions) {
        return service.updatePermissions(callers.current(), id, IfMatch.parse(ifMatch), permissions)
                .map(ConnectorAuthResource::withEntityTag);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a connector auth", description = "Needs connector_auth.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such auth for the caller", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.delete(callers.current(), id, IfMatch.parse(ifMatch))
                .map(ignored -> Response.noContent().build());
    }

    private static Response withEntityTag(ConnectorAuthView view) {
        return Response.ok(view)
                .header(HttpHeaders.ETAG, IfMatch.entityTag(view.version()))
                .build();
    }

    private static Response created(UriInfo uri, UUID id, long version, Object body) {
        URI location = uri.getAbsolutePathBuilder()
                .path(id.toString())
                .build();
        return Response.created(location)
                .header(HttpHeaders.ETAG, IfMatch.entityTag(version))
                .type(MediaType.APPLICATION_JSON)
                .entity(body)
                .build();
    }
}
