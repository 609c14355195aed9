package io.connectorauth.keys;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.Cancellable;

import io.connectorauth.security.Caller;
import io.connectorauth.security.CallerResolver;
import io.connectorauth.security.Operation;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * Operator endpoints for key rotation and crypto-shredding. Every one needs scope {@code keys:admin}, which a tenant
 * admin does not hold by being one. A run goes until no row is left or {@code max_batches} batches are done, and
 * running it again resumes.
 * <p>
 * Requests run to the end after the client closes the connection ({@code @Cancellable(false)}). Otherwise Quarkus
 * REST cancels the {@code Uni}, and a cancelled write closes its Hibernate Reactive session while a statement is
 * still running. Hibernate Reactive then logs errors, and the connection can stay in an open transaction.
 */
@Cancellable(false)
@Path("/v1/admin")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class KeyAdminResource {

    private final KekRewrapJob rewrap;
    private final DataKeyRotationJob rotation;
    private final KeyAdminService admin;
    private final CallerResolver callers;

    KeyAdminResource(KekRewrapJob rewrap, DataKeyRotationJob rotation, KeyAdminService admin,
            CallerResolver callers) {
        this.rewrap = rewrap;
        this.rotation = rotation;
        this.admin = admin;
        this.callers = callers;
    }

    @POST
    @Path("keys/rewrap")
    public Uni<RotationResult> rewrap(@QueryParam("batch_size") @DefaultValue("100") @Min(1) @Max(1000) int batchSize,
            @QueryParam("max_batches") @DefaultValue("1000") @Positive int maxBatches) {
        return rewrap.run(operator(), batchSize, maxBatches);
    }

    @GET
    @Path("keys/status")
    public Uni<KeyStatus> status() {
        operator();
        return admin.status();
    }

    @DELETE
    @Path("keys/keks/{version}")
    public Uni<Response> retireKek(@PathParam("version") int version) {
        operator();
        return admin.retireKek(version)
                .map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("tenants/{tenant}/keys/rotate")
    public Uni<RotationResult> rotate(@PathParam("tenant") @Size(min = 1, max = 128) String tenant,
            @QueryParam("batch_size") @DefaultValue("100") @Min(1) @Max(1000) int batchSize,
            @QueryParam("max_batches") @DefaultValue("1000") @Positive int maxBatches) {
        return rotation.rotate(operator(), tenant, batchSize, maxBatches);
    }

    @POST
    @Path("tenants/{tenant}/keys/reencrypt")
    public Uni<RotationResult> reencrypt(@PathParam("tenant") @Size(min = 1, max = 128) String tenant,
            @QueryParam("batch_size") @DefaultValue("100") @Min(1) @Max(1000) int batchSize,
            @QueryParam("max_batches") @DefaultValue("1000") @Positive int maxBatches) {
        return rotation.reencrypt(operator(), tenant, batchSize, maxBatches);
    }

    @DELETE
    @Path("tenants/{tenant}/keys")
    public Uni<Map<String, Integer>> destroyTenantKeys(@PathParam("tenant") @Size(min = 1, max = 128) String tenant) {
        return admin.destroyTenantKeys(operator(), tenant)
                .map(destroyed -> Map.of("destroyed", destroyed));
    }

    private Caller operator() {
        Caller caller = callers.current();
        caller.require(Operation.ADMINISTER_KEYS);
        return caller;
    }
}
