package io.connectorauth.connector;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A catalog entry: a third-party system and the auth types it supports. A null {@code tenantId} marks a global
 * entry that every tenant can read.
 */
@Entity
@Table(name = "connector")
public class Connector {

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public String tenantId;

    public String name;

    public String slug;

    public String description;

    public String status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "auth_types")
    public List<String> authTypes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "auth_schemas")
    public Map<String, AuthSchema> authSchemas;

    @Column(name = "base_url")
    public String baseUrl;

    @Column(name = "logo_url")
    public String logoUrl;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Override
    public String toString() {
        return "Connector[id=" + id + ", slug=" + slug + "]";
    }
}
