package io.connectorauth.connectorauth;

import java.net.URI;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.connectorauth.common.ListParams;
import io.connectorauth.common.PageResponses;
import io.connectorauth.security.CallerResolver;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * The connector-auth API of the public Locoia docs, scoped to the caller's tenant.
 */
@Path("/v1/connector-auths")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConnectorAuthResource {

    private final ConnectorAuthService service;
    private final SecretRevealService reveals;
    private final CallerResolver callers;

    ConnectorAuthResource(ConnectorAuthService service, SecretRevealService reveals, CallerResolver callers) {
        this.service = service;
        this.reveals = reveals;
        this.callers = callers;
    }

    @POST
    public Uni<Response> create(@Valid @NotNull CreateConnectorAuthRequest request, UriInfo uri) {
        return service.create(callers.current(), request)
                .map(view -> created(uri, view));
    }

    @GET
    public Uni<Response> list(@BeanParam ListParams params, UriInfo uri) {
        return service.list(callers.current(), params)
                .map(page -> PageResponses.of(page, uri));
    }

    @GET
    @Path("{id}")
    public Uni<ConnectorAuthView> get(@PathParam("id") UUID id) {
        return service.get(callers.current(), id);
    }

    /**
     * Returns the plaintext secrets; responses must not be cached anywhere.
     */
    @GET
    @Path("{id}/secrets")
    public Uni<Response> revealSecrets(@PathParam("id") UUID id) {
        return reveals.reveal(callers.current(), id)
                .map(view -> Response.ok(view)
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .build());
    }

    @PUT
    @Path("{id}")
    public Uni<ConnectorAuthView> update(@PathParam("id") UUID id,
            @Valid @NotNull UpdateConnectorAuthRequest request) {
        return service.update(callers.current(), id, request);
    }

    @PUT
    @Path("{id}/permissions")
    public Uni<ConnectorAuthView> updatePermissions(@PathParam("id") UUID id,
            @Valid @NotNull PermissionsView permissions) {
        return service.updatePermissions(callers.current(), id, permissions);
    }

    @DELETE
    @Path("{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return service.delete(callers.current(), id)
                .map(ignored -> Response.noContent().build());
    }

    private static Response created(UriInfo uri, ConnectorAuthView view) {
        URI location = uri.getAbsolutePathBuilder()
                .path(view.id().toString())
                .build();
        return Response.created(location)
                .entity(view)
                .build();
    }
}
