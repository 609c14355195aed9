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

import io.connectorauth.common.ListParams;
import io.connectorauth.common.PageResponses;
import io.connectorauth.security.CallerResolver;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * The connector catalog, with the filter syntax of the public Locoia docs:
 * {@code GET /v1/connectors?filter=name,like,"%ft%"}.
 */
@Path("/v1/connectors")
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
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> create(@Valid @NotNull ConnectorRequest request, UriInfo uri) {
        return tenantConnectors.create(callers.current(), request)
                .map(view -> Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
                        .entity(view)
                        .build());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ConnectorView> update(@PathParam("id") UUID id, @Valid @NotNull ConnectorRequest request) {
        return tenantConnectors.update(callers.current(), id, request);
    }

    @DELETE
    @Path("{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return tenantConnectors.delete(callers.current(), id)
                .map(ignored -> Response.noContent().build());
    }

    @GET
    public Uni<Response> list(@BeanParam ListParams params, UriInfo uri) {
        return service.list(callers.current(), params)
                .map(page -> PageResponses.of(page, uri));
    }

    @GET
    @Path("{id}")
    public Uni<ConnectorView> get(@PathParam("id") UUID id) {
        return service.get(callers.current(), id);
    }
}
