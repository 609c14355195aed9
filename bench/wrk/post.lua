-- POST /v1/connector-auths with the SFTP body of the public API docs. The password and the password inside
-- api_endpoint are set, so every request encrypts. BENCH_SFTP_ID is the SFTP connector of the seeded catalog.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local connector_id = bench_env("BENCH_SFTP_ID")
local customers = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka"}
local sent = 0

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

function init(args)
    seed_random()
end

function request()
    sent = sent + 1
    local customer = customers[1 + sent % #customers]
    local body = string.format('{"connector_id": "%s", "name": "%s SFTP upload %d-%d", '
        .. '"auth_type": "username_password", "auth_token": "", "auth_details": "", '
        .. '"api_endpoint": "sftp://user:password@server_ip/path", "user_input": {}, "username": "user123", '
        .. '"password": "password123", "tags": ["Example Tag", "Customer %s"]}',
        connector_id, customer, thread_index, sent, customer)
    return wrk.format(nil, nil, nil, body)
end
