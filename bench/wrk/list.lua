-- GET /v1/connector-auths?filter=name,like,"PATTERN"&per_page=50 with PATTERN from BENCH_LIST_PATTERN.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local filter = 'name,like,"' .. bench_env("BENCH_LIST_PATTERN") .. '"'
local path = "/v1/connector-auths?filter=" .. url_encode(filter) .. "&per_page=50"

function request()
    return wrk.format("GET", path)
end
