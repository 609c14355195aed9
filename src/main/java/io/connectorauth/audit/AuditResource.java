package io.connectorauth.audit;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.connectorauth.common.ApiException;
import io.connectorauth.common.ListParams;
import io.connectorauth.common.ListQueryRunner;
import io.connectorauth.common.PageResponses;
import io.connectorauth.common.ProblemKind;
import io.connectorauth.security.Caller;
import io.connectorauth.security.CallerResolver;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * The audit trail of the caller's tenant, for its account admins.
 */
@Path("/v1/audit-events")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final ListQueryRunner lists;
    private final AuditVerifier verifier;
    private final CallerResolver callers;

    AuditResource(ListQueryRunner lists, AuditVerifier verifier, CallerResolver callers) {
        this.lists = lists;
        this.verifier = verifier;
        this.callers = callers;
    }

    @GET
    public Uni<Response> list(@BeanParam ListParams params, UriInfo uri) {
        Caller caller = tenantAdmin();
        return lists.list(AuditQueries.LIST, "tenant_id = $1", List.of(caller.tenantId()), params)
                .map(page -> page.map(AuditEventView::of))
                .map(page -> PageResponses.of(page, uri));
    }

    /**
     * Checks the tenant's hash chain; {@code valid} is false and the first broken event is named when an event was
     * edited or deleted.
     */
    @GET
    @Path("verify")
    public Uni<ChainVerification> verify() {
        return verifier.verify(tenantAdmin().tenantId());
    }

    private Caller tenantAdmin() {
        Caller caller = callers.current();
        if (!caller.admin()) {
            throw new ApiException(ProblemKind.FORBIDDEN, "Only account admins may read the audit trail");
        }
        return caller;
    }
}
