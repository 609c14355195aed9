-- The row written by POST /v1/connector-auths with the SFTP body of bench/wrk/post.lua.
-- Variables: tenant, user, connector_id, secret_bytes (ciphertext size that the service stored for that body).
INSERT INTO connector_auth (id, tenant_id, connector_id, name, auth_type, username, api_endpoint, user_input,
                            tags, secret_fields, secrets, key_version, created_by, updated_by, created_at,
                            updated_at, version, owner_id, read_company, read_users, read_teams,
                            update_company, update_users, update_teams, delete_company, delete_users,
                            delete_teams, manage_company, manage_users, manage_teams)
VALUES (gen_random_uuid(), :tenant, :connector_id::uuid, 'Acme SFTP upload ' || :client_id, 'username_password',
        'user123', 'sftp://user@server_ip/path', '{}', ARRAY['Example Tag', 'Customer XYZ'],
        ARRAY['api_endpoint', 'password'], decode(repeat('a5', :secret_bytes), 'hex'), 1, :user, :user, now(),
        now(), 0, :user, true, '{}', '{}', true, '{}', '{}', true, '{}', '{}', false, '{}', '{}');
