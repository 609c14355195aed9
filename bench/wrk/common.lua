-- Shared by the wrk scripts: the bearer token, reading id files, the optional pacing delay and the result line
-- that bench/run.sh parses. Each script loads it with dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua").

function bench_env(name)
    local value = os.getenv(name)
    if value == nil or value == "" then
        error(name .. " is not set; run this script through bench/run.sh")
    end
    return value
end

wrk.headers["Authorization"] = "Bearer " .. bench_env("BENCH_TOKEN")
wrk.headers["Accept"] = "application/json"

-- Reads one value per line, failing on an empty or missing file so that a run never benchmarks nothing.
function read_lines(path)
    local file = io.open(path, "r")
    if file == nil then
        error("cannot open " .. path)
    end
    local lines = {}
    for line in file:lines() do
        if line ~= "" then
            lines[#lines + 1] = line
        end
    end
    file:close()
    if #lines == 0 then
        error(path .. " contains no ids")
    end
    return lines
end

-- Percent-encodes a query parameter value.
function url_encode(text)
    return (text:gsub("[^%w%-%._~]", function(char)
        return string.format("%%%02X", string.byte(char))
    end))
end

-- setup runs in wrk's main Lua state once per thread, before the threads start.
local threads_started = 0
function setup(thread)
    thread:set("thread_index", threads_started)
    threads_started = threads_started + 1
end

function seed_random()
    math.randomseed(os.time() * 1000 + (thread_index or 0) * 7919)
end

-- BENCH_DELAY_MS paces each connection: wrk waits that long after a response before the next request. A
-- fractional value is met on average by choosing between the two nearest whole milliseconds.
local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "")
if delay_ms ~= nil and delay_ms > 0 then
    function delay()
        local whole = math.floor(delay_ms)
        if math.random() < delay_ms - whole then
            return whole + 1
        end
        return whole
    end
end

-- Prints one line of key=value pairs; latencies are in microseconds. wrk counts a response with a status of
-- 400 or more as a status error, and socket errors (connect, read, write, timeout) separately.
function done(summary, latency, requests)
    local errors = summary.errors
    local seconds = summary.duration / 1000000
    io.write(string.format(
        "BENCH_RESULT requests=%d seconds=%.3f rps=%.1f p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d "
            .. "mean_us=%.0f http_errors=%d socket_errors=%d\n",
        summary.requests, seconds, summary.requests / seconds,
        latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9),
        latency.max, latency.mean, errors.status,
        errors.connect + errors.read + errors.write + errors.timeout))
end
