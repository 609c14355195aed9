-- Loads the benchmark dataset into a database that the service has already migrated and seeded.
--
-- psql variables: rows (total auths), big_rows (auths of the large tenant, ids 1..big_rows), tenants (tenant
-- count including the large one), big_tenant, bench_user (owner of every 25th auth).
--
-- Auth number g gets the id md5('auth-' || g)::uuid, so pgbench scripts can pick a random existing id with
-- \set alone. Names combine a customer, a catalog connector and an environment, as people name credentials.
-- Nine in ten auths are readable by the whole company; the rest are shared with one user or team. Secrets are
-- random bytes of the size that the service's AES-GCM output has for each auth type, because GET and list only
-- mask from secret_fields and never decrypt.

\set ON_ERROR_STOP on

CREATE TEMPORARY TABLE bench_connector AS
SELECT row_number() OVER (ORDER BY slug) - 1 AS n,
       id,
       name,
       auth_types[1] AS auth_type
FROM connector
WHERE tenant_id IS NULL;

SELECT count(*) AS connector_count FROM bench_connector \gset

-- Building the secondary indexes once after the insert is several times faster than updating them row by row.
-- Their definitions are read from the catalog, so they are exactly the ones the migrations created.
CREATE TEMPORARY TABLE bench_index AS
SELECT indexname, indexdef
FROM pg_indexes
WHERE schemaname = current_schema()
  AND tablename = 'connector_auth'
  AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'connector_auth'::regclass);

SELECT format('DROP INDEX %I', indexname) FROM bench_index \gexec

INSERT INTO connector_auth (id, tenant_id, connector_id, name, auth_type, username, api_endpoint, user_input,
                            tags, secret_fields, secrets, key_version, created_by, updated_by, created_at,
                            updated_at, version, owner_id, read_company, read_users, read_teams, update_company,
                            delete_company)
SELECT md5('auth-' || g)::uuid,
       CASE WHEN g <= :big_rows THEN :'big_tenant' ELSE 'tenant-' || (g % (:tenants - 1)) END,
       c.id,
       customer || ' ' || c.name || ' ' || environment || ' ' || (g % 10000),
       c.auth_type,
       CASE WHEN c.auth_type IN ('username_password', 'basic_auth') THEN 'svc-' || lower(customer) || '-' || (g % 97)
       END,
       CASE WHEN c.auth_type = 'username_password' THEN 'sftp://files.' || lower(customer) || '.example.com/inbound'
       END,
       CASE WHEN g % 4 = 0 THEN '{"region": "eu-central-1"}'::jsonb ELSE '{}'::jsonb END,
       ARRAY[environment, 'team-' || (g % 12)],
       CASE WHEN has_secret THEN secret_names ELSE '{}' END,
       CASE WHEN has_secret THEN substring(decode(repeat(md5(g::text), 80), 'hex') FOR secret_bytes) END,
       CASE WHEN has_secret THEN 1 END,
       owner, owner,
       now() - g * interval '7 seconds',
       now() - g * interval '3 seconds',
       g % 5,
       owner,
       g % 10 <> 0,
       CASE WHEN g % 10 = 0 THEN ARRAY['user-' || ((g + 1) % 25)] ELSE '{}' END,
       CASE WHEN g % 20 = 0 THEN ARRAY['team-' || (g % 3)] ELSE '{}' END,
       g % 10 <> 0 AND g % 3 <> 0,
       g % 10 <> 0 AND g % 5 <> 0
FROM generate_series(1, :rows) AS g
     JOIN bench_connector AS c ON c.n = g % :connector_count,
     LATERAL (SELECT (ARRAY['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Wonka',
                            'Cyberdyne', 'Tyrell', 'Soylent', 'Aperture', 'Oscorp', 'Massive', 'Vandelay',
                            'Gringotts', 'Pied Piper', 'Dunder Mifflin', 'Monarch', 'Nakatomi'])[1 + (g / 39) % 20]
                         AS customer,
                     (ARRAY['production', 'staging', 'sandbox', 'EU', 'US', 'reporting'])[1 + (g / 7) % 6]
                         AS environment,
                     CASE WHEN g % 25 = 0 THEN :'bench_user' ELSE 'user-' || (g % 25) END AS owner,
                     g % 10 <> 3 AS has_secret) AS v,
     -- Ciphertext size: 12-byte nonce, the sealed JSON map of secret values, 16-byte tag. OAuth2 tokens are
     -- about a kilobyte; a password or API key well under a hundred bytes.
     LATERAL (SELECT CASE c.auth_type
                         WHEN 'oauth2' THEN ARRAY['auth_token', 'refresh_token']
                         WHEN 'api_key' THEN ARRAY['auth_token']
                         ELSE ARRAY['password'] END AS secret_names,
                     CASE c.auth_type
                         WHEN 'oauth2' THEN 1150
                         WHEN 'api_key' THEN 92
                         ELSE 64 END AS secret_bytes) AS s;

SET maintenance_work_mem = '512MB';
SELECT indexdef FROM bench_index \gexec

VACUUM ANALYZE connector_auth;
