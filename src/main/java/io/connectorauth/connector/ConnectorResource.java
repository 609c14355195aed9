package io.connectorauth.connector;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
 * The connector catalog, with the filter syntax of the public Locoia docs:
 * {@code GET /v1/connectors?filter=name,like,"%ft%"}.
 * <p>
 * Requests run to the end after the client closes the connection ({@code @Cancellable(false)}). Otherwise Quarkus
 * REST cancels the {@code Uni}, and a cancelled write closes its Hibernate Reactive session while a statement is
 * still running. Hibernate Reactive then logs errors, and the connection can stay in an open transaction.
 */
@Cancellable(false)
@Path("/v1/connectors")
@Tag(name = "Connectors")
@SecurityRequirement(name = ApiDocumentation.BEARER)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ConnectorResource {

    private final ConnectorService service;
    private final TenantConnectorService tenantConnectors;
    private final CallerResolver callers;

    ConnectorResource(ConnectorService service, TenantConnectorService tenantConnectors, CallerResolver callers) {
        this.service = service;
        this.tenantConnectors = tenantConnectors;
        this.callers = callers;
    }

    @POST
    @Operation(summary = "Create a private connector of the tenant", description = "Needs connectors and the account admin role.")
    @APIResponse(responseCode = "201", description = "Created; Location names the new connector", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectorView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@Valid @NotNull ConnectorRequest request, UriInfo uri) {
        return tenantConnectors.create(callers.current(), request)
                .map(view -> Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                        .entity(view)
                        .build());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Update a private connector of the tenant", description = "Needs connectors and the account admin role.")
    @APIResponse(responseCode = "200", description = "The updated connector", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectorView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such private connector in the tenant", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The slug is taken", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ConnectorView> update(@PathParam("id") UUID id, @Valid @NotNull ConnectorRequest request) {
        return tenantConnectors.update(callers.current(), id, request);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a private connector of the tenant", description = "Needs connectors and the account admin role.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such private connector in the tenant", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Connector auths still use the connector", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return tenantConnectors.delete(callers.current(), id)
                .map(ignored -> Response.noContent().build());
    }

    @GET
    @Operation(summary = "List the catalog", description = "Needs connectors or connectors:view. Includes the tenant's private connectors.")
    @APIResponse(responseCode = "200", description = "One page of connectors", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectorView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid filter, sort or paging parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> list(@BeanParam ListParams params, UriInfo uri) {
        return service.list(callers.current(), params)
                .map(page -> PageResponses.of(page, uri));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read a connector", description = "Needs connectors or connectors:view.")
    @APIResponse(responseCode = "200", description = "The connector", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ConnectorView.class)))
    @APIResponse(responseCode = "404", description = "No such connector visible to the tenant", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<ConnectorView> get(@PathParam("id") UUID id) {
        return service.get(callers.current(), id);
    }
}
