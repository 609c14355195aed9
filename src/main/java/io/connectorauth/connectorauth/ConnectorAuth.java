package io.connectorauth.connectorauth;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A stored credential of one tenant for one connector. Secret values never sit in plain fields: they are sealed
 * into {@code secrets}, and {@code secretFields} names the ones that hold a value.
 */
@Entity
@Table(name = "connector_auth")
public class ConnectorAuth {

    @Id
    public UUID id;

    @Column(name = "tenant_id", updatable = false)
    public String tenantId;

    @Column(name = "connector_id")
    public UUID connectorId;

    public String name;

    @Column(name = "auth_type")
    public String authType;

    public String username;

    /** The endpoint URL without its password. */
    @Column(name = "api_endpoint")
    public String apiEndpoint;

    /** Non-secret user_input entries. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "user_input")
    public Map<String, String> userInput;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "secret_fields")
    public List<String> secretFields;

    public byte[] secrets;

    /** The KEK version of a row encrypted directly under a KEK, before tenant data keys existed; else null. */
    @Column(name = "key_version")
    public Integer keyVersion;

    /** The version of the tenant data key that encrypted {@code secrets}. */
    @Column(name = "dek_version")
    public Integer dekVersion;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    /** The creator, who has every permission. */
    @Column(name = "owner_id")
    public String ownerId;

    @Embedded
    @AttributeOverride(name = "company", column = @Column(name = "read_company"))
    @AttributeOverride(name = "users", column = @Column(name = "read_users"))
    @AttributeOverride(name = "teams", column = @Column(name = "read_teams"))
    public Grant read = new Grant();

    @Embedded
    @AttributeOverride(name = "company", column = @Column(name = "update_company"))
    @AttributeOverride(name = "users", column = @Column(name = "update_users"))
    @AttributeOverride(name = "teams", column = @Column(name = "update_teams"))
    public Grant update = new Grant();

    @Embedded
    @AttributeOverride(name = "company", column = @Column(name = "delete_company"))
    @AttributeOverride(name = "users", column = @Column(name = "delete_users"))
    @AttributeOverride(name = "teams", column = @Column(name = "delete_teams"))
    public Grant delete = new Grant();

    @Embedded
    @AttributeOverride(name = "company", column = @Column(name = "manage_company"))
    @AttributeOverride(name = "users", column = @Column(name = "manage_users"))
    @AttributeOverride(name = "teams", column = @Column(name = "manage_teams"))
    public Grant manage = new Grant();

    @Override
    public String toString() {
        return "ConnectorAuth[id=" + id + ", tenantId=" + tenantId + ", connectorId=" + connectorId + "]";
    }
}
