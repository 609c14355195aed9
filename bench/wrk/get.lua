-- GET /v1/connector-auths/{id} on ids drawn at random from BENCH_IDS_FILE.
dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")

local ids

function init(args)
    seed_random()
    ids = read_lines(bench_env("BENCH_IDS_FILE"))
end

function request()
    return wrk.format("GET", "/v1/connector-auths/" .. ids[math.random(#ids)])
end
