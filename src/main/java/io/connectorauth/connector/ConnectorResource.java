package io.connectorauth.connector;

import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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
    private final CallerResolver callers;

    ConnectorResource(ConnectorService service, CallerResolver callers) {
        this.service = service;
        this.callers = callers;
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
