-- PUT /v1/connector-auths/{id} with If-Match: * on auths that the service created, so that it can decrypt them.
-- Each thread walks the ids of BENCH_IDS_FILE in order from its own offset, so no two requests in flight change
-- the same auth (which would be a version conflict, not a measure of speed) while the file holds far more ids
-- than there are connections.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local ids
local position
local sent = 0

wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["If-Match"] = "*"

function init(args)
    seed_random()
    ids = read_lines(bench_env("BENCH_IDS_FILE"))
    local threads = tonumber(bench_env("BENCH_WRK_THREADS"))
    position = math.floor(#ids / threads) * thread_index
end

function request()
    sent = sent + 1
    position = position % #ids + 1
    local body = string.format('{"name": "Customer XYZ SFTP %d-%d", "password": "rotated-%d-%d", '
        .. '"tags": ["Customer XYZ"]}', thread_index, sent, thread_index, sent)
    return wrk.format(nil, "/v1/connector-auths/" .. ids[position], nil, body)
end
