#!/usr/bin/env bash
# Benchmarks connector-auth end to end on this machine and compares each endpoint with the same database work
# done by pgbench.
#
#   bench/run.sh [--smoke] [--no-build]
#
# --smoke     10,000 auths, 2-second steps, a two-point sweep, throwaway PostgreSQL (fsync off), report in
#             the results folder only; for CI.
# --no-build  reuse target/quarkus-app instead of building it with its class data sharing archive
#             (app-cds.jsa). Without the archive, as after ./mvnw verify, the service starts without one.
#
# It starts a private PostgreSQL cluster and the service (prod profile, JVM jar) on free loopback ports, loads
# the dataset of bench/sql/dataset.sql, and drives the service with wrk (bench/wrk/*.lua) and the database with
# pgbench (bench/pgbench/*.sql) at the same connection count. Raw output goes to bench/results/STAMP/. A full
# run also writes docs/benchmarks.md and docs/benchmarks-latency.png. The exit status is non-zero when a step
# fails, the service responds to any request with a status of 400 or more, or pgbench reports a failure.
#
# Needs JDK 17, PostgreSQL 15 server binaries with pgbench, curl, openssl, wrk and gnuplot. Run as
# root, it installs wrk and gnuplot-nox with apt-get when they are missing.
#
# Environment overrides: BENCH_CONNECTIONS (16), BENCH_STEP_SECONDS (15, smoke 2), BENCH_WARMUP_SECONDS (10,
# smoke 1), BENCH_JAVA_OPTS (the container image's options with a 512 MB memory limit; set it empty for the
# JVM's defaults), PG_BIN (newest /usr/lib/postgresql/*/bin).
set -Eeuo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bench=$root/bench
smoke=false
build=true
for arg in "$@"; do
    case "$arg" in
        --smoke) smoke=true ;;
        --no-build) build=false ;;
        -h | --help)
            sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "run.sh: unknown option $arg; use --smoke, --no-build or --help" >&2
            exit 2
            ;;
    esac
done

# ---------------------------------------------------------------------------------------------------------------
# Settings
# ---------------------------------------------------------------------------------------------------------------
readonly BIG_TENANT=bench-big
readonly BENCH_USER=bench-user
readonly BENCH_TEAMS='{team-1}'
readonly ISSUER=https://bench.local
# A customer name: one auth in 20 of the large tenant matches, so the default sort index finds a page quickly.
readonly LIST_COMMON='%globex%'
# A customer and a connector: about one auth in 800 matches, so the trigram index is the better plan.
readonly LIST_RARE='%hooli salesforce%'
# The JVM options of deploy/docker/Dockerfile.jvm, with the memory limit of deploy/kubernetes/base (512Mi) as
# MaxRAM. SerialGC is what JDK 17 picks by itself when it sees less than 1,792 MB, as it would in that container.
# The image also sets MALLOC_ARENA_MAX=2, and so does start_service.
readonly DEPLOY_JAVA_OPTS="-XX:MaxRAM=512m -XX:MaxRAMPercentage=50.0 -XX:+UseSerialGC \
-XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError \
-Djava.util.logging.manager=org.jboss.logmanager.LogManager"
java_opts=${BENCH_JAVA_OPTS-$DEPLOY_JAVA_OPTS}
connections=${BENCH_CONNECTIONS:-16}
if $smoke; then
    rows=10000 big_rows=1000 tenants=100
    step_seconds=${BENCH_STEP_SECONDS:-2} warmup_seconds=${BENCH_WARMUP_SECONDS:-1}
    sweep_connections="1 4" sweep_seconds=1 profile_seconds=2
else
    rows=1000000 big_rows=100000 tenants=1000
    step_seconds=${BENCH_STEP_SECONDS:-15} warmup_seconds=${BENCH_WARMUP_SECONDS:-10}
    sweep_connections="1 2 4 8 16 32" sweep_seconds=10 profile_seconds=10
fi

stamp=$(date -u +%Y%m%dT%H%M%SZ)
results=$bench/results/$stamp$($smoke && echo -smoke || true)
mkdir -p "$results"
steps_tsv=$results/steps.tsv
failures=0

log() {
    printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$results/run.log" >&2
}

fail() {
    log "FAILED: $*"
    exit 1
}

# ---------------------------------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------------------------------
pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[[ -x "$pg_bin/pgbench" && -x "$pg_bin/psql" ]] || fail "no pgbench or psql in '$pg_bin'; install postgresql-15 or set PG_BIN"

install_missing() {
    local missing=()
    command -v wrk >/dev/null || missing+=(wrk)
    command -v gnuplot >/dev/null || missing+=(gnuplot-nox)
    if [[ ${#missing[@]} -eq 0 ]]; then
        return
    fi
    if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
        fail "missing ${missing[*]}; install them (Debian: apt-get install -y ${missing[*]})"
    fi
    log "installing ${missing[*]} with apt-get"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } \
        >>"$results/apt.log" 2>&1 || fail "apt-get install ${missing[*]} failed; see $results/apt.log"
}

# Prints the busy share of all cores over 3 seconds, to record other load on the machine.
machine_busy_now() {
    local busy total busy_after total_after
    read -r busy total < <(awk '/^cpu / { t = 0; for (i = 2; i <= NF; i++) t += $i; print t - $5 - $6, t }' /proc/stat)
    sleep 3
    read -r busy_after total_after < <(awk '/^cpu / { t = 0; for (i = 2; i <= NF; i++) t += $i; print t - $5 - $6, t }' /proc/stat)
    awk -v b="$((busy_after - busy))" -v t="$((total_after - total))" 'BEGIN { printf "%.0f", (t > 0 ? 100 * b / t : 0) }'
}

install_missing
for tool in curl openssl java; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
done

# ---------------------------------------------------------------------------------------------------------------
# Clean-up: stop the service and the cluster and remove the temporary folder on every exit.
# ---------------------------------------------------------------------------------------------------------------
tmp=$(mktemp -d /tmp/connector-auth-bench.XXXXXX)
chmod 755 "$tmp"
service_pid=

stop_service() {
    if [[ -n "$service_pid" ]] && kill -0 "$service_pid" 2>/dev/null; then
        kill -TERM "$service_pid"
        for _ in $(seq 100); do
            kill -0 "$service_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$service_pid" 2>/dev/null && kill -KILL "$service_pid"
        wait "$service_pid" 2>/dev/null || true
    fi
    service_pid=
}

cleanup() {
    local status=$?
    stop_service
    "$root/deploy/local/pg-cluster.sh" stop "$tmp/pg" 2>/dev/null || true
    rm -rf "$tmp"
    exit "$status"
}
trap cleanup EXIT
trap 'log "FAILED at bench/run.sh line $LINENO: $BASH_COMMAND"' ERR
trap 'exit 130' INT TERM

# Prints a TCP port on 127.0.0.1 that nothing listens on, below the kernel's ephemeral range so that an outgoing
# connection (the service's own to PostgreSQL, for one) cannot take it between this check and the bind.
free_port() {
    local port low
    low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
    for _ in $(seq 50); do
        port=$((20000 + RANDOM % (low - 20000)))
        if ! (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return
        fi
    done
    fail "found no free port"
}

# ---------------------------------------------------------------------------------------------------------------
# Build, database, keys
# ---------------------------------------------------------------------------------------------------------------
if $build; then
    log "building target/quarkus-app"
    (cd "$root" && ./mvnw -q -DskipTests package -Dquarkus.package.jar.appcds.enabled=true) >"$results/build.log" 2>&1 \
        || fail "build failed; see $results/build.log"
fi
app_dir=$root/target/quarkus-app
[[ -f "$app_dir/quarkus-run.jar" ]] || fail "$app_dir/quarkus-run.jar is missing; run without --no-build"
# The archive records the class path relative to target/quarkus-app, so the service starts from there.
if [[ -f "$app_dir/app-cds.jsa" ]]; then
    java_opts="$java_opts -XX:SharedArchiveFile=app-cds.jsa"
fi

busy_before=$(machine_busy_now)
log "other load before the run: ${busy_before}% of all cores busy"
pg_port=$(free_port)
log "starting PostgreSQL on 127.0.0.1:$pg_port"
"$root/deploy/local/pg-cluster.sh" start "$tmp/pg" "$pg_port" $($smoke && echo --ephemeral || true) \
    >>"$results/run.log" 2>&1 || fail "PostgreSQL did not start; see $results/run.log"
export PGPASSWORD=connector_auth

sql() {
    "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U connector_auth -d connector_auth -v ON_ERROR_STOP=1 -qAt "$@"
}

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$tmp/jwt-private.pem" 2>/dev/null
openssl pkey -in "$tmp/jwt-private.pem" -pubout -out "$tmp/jwt-public.pem"
(umask 077 && openssl rand -base64 32 >"$tmp/crypto.key")

base64url() {
    openssl base64 -e -A | tr '+/' '-_' | tr -d '='
}

# Mints an RS256 token as deploy/local/dev-token.sh does, for a member of the large tenant who is not an account
# admin, so that every read also runs the permission check.
mint_token() {
    local now header payload signature
    now=$(date +%s)
    header=$(printf '{"alg":"RS256","typ":"JWT"}' | base64url)
    payload=$(printf '{"iss":"%s","sub":"%s","tenant_id":"%s","groups":[],"teams":["team-1"],"scope":"%s","iat":%d,"exp":%d,"jti":"%s"}' \
        "$ISSUER" "$BENCH_USER" "$BIG_TENANT" "connector_auth connectors:view" "$now" "$((now + 7200))" \
        "$(cat /proc/sys/kernel/random/uuid)" | base64url)
    signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$tmp/jwt-private.pem" -binary \
        | base64url)
    printf '%s.%s.%s\n' "$header" "$payload" "$signature"
}

# ---------------------------------------------------------------------------------------------------------------
# Service
# ---------------------------------------------------------------------------------------------------------------
http_port=$(free_port)
api=http://127.0.0.1:$http_port
ready_ms=
started_in=

# Starts the service and waits for /q/health/ready; sets ready_ms (process start to first 200) and started_in
# (Quarkus's own "started in" figure).
start_service() {
    local service_log=$1 start_ns
    start_ns=$(date +%s%N)
    QUARKUS_HTTP_HOST=127.0.0.1 \
        QUARKUS_HTTP_PORT=$http_port \
        QUARKUS_DATASOURCE_REACTIVE_URL=postgresql://127.0.0.1:$pg_port/connector_auth \
        QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:$pg_port/connector_auth \
        QUARKUS_DATASOURCE_USERNAME=connector_auth \
        QUARKUS_DATASOURCE_PASSWORD=connector_auth \
        MP_JWT_VERIFY_PUBLICKEY_LOCATION=$tmp/jwt-public.pem \
        MP_JWT_VERIFY_ISSUER=$ISSUER \
        CONNECTOR_AUTH_CRYPTO_KEY_FILE=$tmp/crypto.key \
        MALLOC_ARENA_MAX=2 \
        bash -c 'cd "$1" && shift && exec "$@"' start-service "$app_dir" \
        java $java_opts -Xlog:gc:file="${service_log%.log}-gc.log" -jar quarkus-run.jar >"$service_log" 2>&1 &
    service_pid=$!
    for _ in $(seq 1200); do
        if [[ $(curl -s --max-time 2 -o /dev/null -w '%{http_code}' "$api/q/health/ready" || true) == 200 ]]; then
            ready_ms=$((($(date +%s%N) - start_ns) / 1000000))
            started_in=$(sed -n 's/.* started in \([0-9.]*\)s.*/\1/p' "$service_log" | head -n 1)
            return
        fi
        kill -0 "$service_pid" 2>/dev/null || fail "the service exited during start-up; see $service_log"
        sleep 0.02
    done
    fail "the service was not ready after 60 s; see $service_log"
}

log "first start: migrations and catalog seed"
# A smoke run keeps this first process; a full run restarts it once the data is loaded.
start_service "$results/service$($smoke || echo -first-start).log"
log "first start ready after ${ready_ms} ms (migrations on an empty database)"

log "loading $rows auths, $big_rows of them in tenant $BIG_TENANT"
load_start=$(date +%s)
sql -v rows="$rows" -v big_rows="$big_rows" -v tenants="$tenants" -v big_tenant="$BIG_TENANT" \
    -v bench_user="$BENCH_USER" -f "$bench/sql/dataset.sql" >>"$results/run.log" 2>&1 \
    || fail "dataset load failed; see $results/run.log"
load_seconds=$(($(date +%s) - load_start))
table_size=$(sql -c "SELECT pg_size_pretty(pg_total_relation_size('connector_auth'))")
index_count=$(sql -c "SELECT count(*) FROM pg_indexes WHERE tablename = 'connector_auth'")
log "loaded in ${load_seconds} s; connector_auth with its $index_count indexes: $table_size"
# A checkpoint now keeps the load's dirty pages from being written out during the measured steps. It needs the
# superuser, who connects through the cluster's socket as the postgres OS user when this script runs as root.
checkpoint_user=()
if [[ $(id -u) -eq 0 ]]; then
    checkpoint_user=(runuser -u postgres --)
fi
"${checkpoint_user[@]}" "$pg_bin/psql" -h "$tmp/pg" -p "$pg_port" -U postgres -d postgres -qc CHECKPOINT \
    >>"$results/run.log" 2>&1 || fail "CHECKPOINT after the load failed; see $results/run.log"

if ! $smoke; then
    stop_service
    log "second start on the loaded database (the start-up time reported)"
    start_service "$results/service.log"
    log "ready after ${ready_ms} ms; Quarkus reports started in ${started_in:-?} s"
fi

token=$(mint_token)
sftp_id=$(sql -c "SELECT id FROM connector WHERE slug = 'sftp' AND tenant_id IS NULL")
[[ -n "$sftp_id" ]] || fail "the seeded catalog has no sftp connector"
sql -c "COPY (SELECT id FROM connector_auth WHERE tenant_id = '$BIG_TENANT'
             AND (read_company OR owner_id = '$BENCH_USER' OR read_teams && '$BENCH_TEAMS'::text[]
                  OR read_users @> ARRAY['$BENCH_USER'])) TO STDOUT" >"$tmp/get-ids.txt"
log "$(wc -l <"$tmp/get-ids.txt") auths of $BIG_TENANT are readable by $BENCH_USER"

# ---------------------------------------------------------------------------------------------------------------
# Pre-flight: one request per endpoint, so a broken endpoint fails here with its response body.
# ---------------------------------------------------------------------------------------------------------------
expect_status() {
    local expected=$1 what=$2
    shift 2
    local status
    status=$(curl -s --max-time 30 -o "$tmp/preflight.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$@" || true)
    if [[ "$status" != "$expected" ]]; then
        log "$what returned $status, expected $expected: $(head -c 500 "$tmp/preflight.json")"
        fail "pre-flight check of $what"
    fi
}

expect_status 200 "GET by id" "$api/v1/connector-auths/$(head -n 1 "$tmp/get-ids.txt")"
expect_status 200 "filtered list" "$api/v1/connector-auths?filter=name%2Clike%2C%22%25globex%25%22&per_page=50"
expect_status 201 "POST" -H 'Content-Type: application/json' "$api/v1/connector-auths" \
    -d '{"connector_id": "'"$sftp_id"'", "name": "Pre-flight SFTP", "auth_type": "username_password",
         "api_endpoint": "sftp://user:password@server_ip/path", "username": "user123", "password": "password123"}'
preflight_id=$(sed -E 's/^\{"id":"([^"]+)".*/\1/' "$tmp/preflight.json")
expect_status 200 "PUT with If-Match: *" -X PUT -H 'Content-Type: application/json' -H 'If-Match: *' \
    "$api/v1/connector-auths/$preflight_id" -d '{"name": "Pre-flight SFTP renamed", "password": "rotated"}'
secret_bytes=$(sql -c "SELECT octet_length(secrets) FROM connector_auth WHERE id = '$preflight_id'")
log "pre-flight passed; the service stored $secret_bytes bytes of ciphertext for the docs' SFTP body"

# ---------------------------------------------------------------------------------------------------------------
# Measurement helpers. Each step appends one line to steps.tsv:
# name tool connections seconds requests rps p50_ms p99_ms p999_ms errors service_cpu_pct rss_mb machine_busy_pct
# ---------------------------------------------------------------------------------------------------------------
printf 'step\ttool\tconnections\tseconds\trequests\trps\tp50_ms\tp99_ms\tp999_ms\terrors\tservice_cpu_pct\trss_mb\tmachine_busy_pct\n' \
    >"$steps_tsv"
clock_ticks=$(getconf CLK_TCK)
max_rss_kb=0

service_ticks() {
    awk '{ print $14 + $15 }' "/proc/$service_pid/stat"
}

# Prints "busy total" jiffies of all cores from /proc/stat.
machine_ticks() {
    awk '/^cpu / { total = 0; for (i = 2; i <= NF; i++) total += $i; print total - $5 - $6, total }' /proc/stat
}

probe_start() {
    probe_service=$(service_ticks)
    read -r probe_busy probe_total < <(machine_ticks)
    probe_ns=$(date +%s%N)
}

# Sets probe_cpu (service CPU in percent of one core), probe_rss_mb and probe_machine (busy percent of all cores).
probe_end() {
    local busy total seconds rss_kb
    seconds=$(awk -v ns="$(($(date +%s%N) - probe_ns))" 'BEGIN { print ns / 1e9 }')
    probe_cpu=$(awk -v t="$(($(service_ticks) - probe_service))" -v hz="$clock_ticks" -v s="$seconds" \
        'BEGIN { printf "%.0f", 100 * t / hz / s }')
    read -r busy total < <(machine_ticks)
    probe_machine=$(awk -v b="$((busy - probe_busy))" -v t="$((total - probe_total))" \
        'BEGIN { printf "%.0f", (t > 0 ? 100 * b / t : 0) }')
    rss_kb=$(ps -o rss= -p "$service_pid" | tr -d ' ')
    probe_rss_mb=$(awk -v kb="$rss_kb" 'BEGIN { printf "%.0f", kb / 1024 }')
    probe_rss_kb=$rss_kb
}

# Prints "thread_id cpu_ticks" for every thread of the service.
thread_ticks() {
    local task
    for task in /proc/"$service_pid"/task/*; do
        awk -v id="${task##*/}" '{ print id, $14 + $15 }' "$task/stat" 2>/dev/null || true
    done
}

# Prints "cpu_percent thread_name" for the 12 busiest threads between the two thread_ticks snapshots. Names
# come from the thread dump (matched by nid) where the thread is a Java or JVM thread, else from the kernel.
summarize_threads() {
    local seconds=$1 id cpu name
    join <(sort "$tmp/threads-before.txt") <(sort "$tmp/threads-after.txt") \
        | awk -v hz="$clock_ticks" -v s="$seconds" '{ printf "%s %.1f\n", $1, 100 * ($3 - $2) / hz / s }' \
        | sort -k2,2nr | head -n 12 | while read -r id cpu; do
            name=$(grep -m 1 "nid=$(printf '0x%x' "$id") " "$results/thread-dump-get-by-id.txt" \
                | sed -n 's/^"\([^"]*\)".*/\1/p' || true)
            echo "$cpu ${name:-$(cat "/proc/$service_pid/task/$id/comm" 2>/dev/null || echo "thread $id")}"
        done
}

result_field() {
    sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"
}

micros_to_ms() {
    awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }'
}

# Runs one wrk step: run_wrk NAME SCRIPT CONNECTIONS SECONDS [ENV=VALUE...]. Sets last_rps, last_p50_ms and
# last_p99_ms; warm-up steps (NAME starting with "warmup") are not recorded.
run_wrk() {
    local name=$1 script=$2 connection_count=$3 seconds=$4
    shift 4
    local threads=$((connection_count < 2 ? connection_count : 2)) output line errors
    probe_start
    output=$(env "$@" BENCH_WRK_DIR="$bench/wrk" BENCH_TOKEN="$token" BENCH_WRK_THREADS=$threads \
        wrk -t "$threads" -c "$connection_count" -d "${seconds}s" --timeout 10s --latency -s "$bench/wrk/$script" \
        "$api/v1/connector-auths" 2>&1) || fail "wrk $name failed: $output"
    probe_end
    printf '%s\n' "$output" >"$results/wrk-$name.txt"
    line=" $(grep '^BENCH_RESULT' <<<"$output")" || fail "wrk $name printed no result; see $results/wrk-$name.txt"
    errors=$(($(result_field "$line" http_errors) + $(result_field "$line" socket_errors)))
    last_rps=$(result_field "$line" rps)
    last_p50_ms=$(micros_to_ms "$(result_field "$line" p50_us)")
    last_p99_ms=$(micros_to_ms "$(result_field "$line" p99_us)")
    if [[ $name == warmup* ]]; then
        log "wrk $name: $last_rps req/s, $errors errors"
        return
    fi
    # Warm-up steps do not count towards the maximum RSS, because the profile step runs with JFR recording.
    if ((probe_rss_kb > max_rss_kb)); then
        max_rss_kb=$probe_rss_kb
    fi
    printf '%s\twrk\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$connection_count" "$seconds" \
        "$(result_field "$line" requests)" "$last_rps" "$last_p50_ms" "$last_p99_ms" \
        "$(micros_to_ms "$(result_field "$line" p999_us)")" "$errors" "$probe_cpu" "$probe_rss_mb" \
        "$probe_machine" >>"$steps_tsv"
    log "wrk $name c=$connection_count: $last_rps req/s, p50 $last_p50_ms ms, p99 $last_p99_ms ms, $errors errors," \
        "service CPU $probe_cpu%, RSS $probe_rss_mb MB"
    if ((errors > 0)); then
        failures=$((failures + 1))
        log "wrk $name: $errors requests failed; see $results/wrk-$name.txt and $results/service.log"
    fi
}

# Runs one pgbench step: run_pgbench NAME SCRIPT CONNECTIONS SECONDS [-D NAME=VALUE...]. Percentiles come from
# pgbench's per-transaction log.
run_pgbench() {
    local name=$1 script=$2 connection_count=$3 seconds=$4
    shift 4
    local threads=$((connection_count < 2 ? connection_count : 2)) output tps failed count
    local prefix=$tmp/pgbench-$name
    probe_start
    output=$("$pg_bin/pgbench" -h 127.0.0.1 -p "$pg_port" -U connector_auth -n -M prepared -c "$connection_count" \
        -j "$threads" -T "$seconds" -l --log-prefix="$prefix" -f "$bench/pgbench/$script" "$@" connector_auth 2>&1) \
        || fail "pgbench $name failed: $output"
    probe_end
    printf '%s\n' "$output" >"$results/pgbench-$name.txt"
    tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' <<<"$output")
    failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' <<<"$output")
    cat "$prefix".* | awk '{ print $3 }' | sort -n >"$tmp/latencies.txt"
    rm -f "$prefix".*
    count=$(wc -l <"$tmp/latencies.txt")
    percentile() {
        local rank
        rank=$(awk -v n="$count" -v p="$1" 'BEGIN { r = int(n * p / 100 + 0.999999); print (r < 1 ? 1 : r) }')
        micros_to_ms "$(sed -n "${rank}p" "$tmp/latencies.txt")"
    }
    last_rps=$tps
    last_p50_ms=$(percentile 50)
    last_p99_ms=$(percentile 99)
    printf '%s\tpgbench\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t-\t-\t%s\n' "$name" "$connection_count" "$seconds" "$count" "$tps" \
        "$last_p50_ms" "$last_p99_ms" "$(percentile 99.9)" "${failed:-0}" "$probe_machine" >>"$steps_tsv"
    log "pgbench $name c=$connection_count: $tps tps, p50 $last_p50_ms ms, p99 $last_p99_ms ms, ${failed:-0} failed"
    if [[ "${failed:-0}" != 0 ]]; then
        failures=$((failures + 1))
    fi
}

pg_vars=(-D "tenant=$BIG_TENANT" -D "user=$BENCH_USER" -D "teams=$BENCH_TEAMS" -D "big_rows=$big_rows"
    -D "connector_id=$sftp_id" -D "secret_bytes=$secret_bytes")

# ---------------------------------------------------------------------------------------------------------------
# Warm-up, then each endpoint and its database work at the same connection count.
# ---------------------------------------------------------------------------------------------------------------
log "warming up for ${warmup_seconds} s per endpoint"
run_wrk warmup-get get.lua "$connections" "$warmup_seconds" BENCH_IDS_FILE="$tmp/get-ids.txt"
run_wrk warmup-list list.lua "$connections" "$warmup_seconds" BENCH_LIST_PATTERN="$LIST_COMMON"
run_wrk warmup-post post.lua "$connections" "$warmup_seconds" BENCH_SFTP_ID="$sftp_id"

run_wrk get-by-id get.lua "$connections" "$step_seconds" BENCH_IDS_FILE="$tmp/get-ids.txt"
run_pgbench select-by-id select-by-id.sql "$connections" "$step_seconds" "${pg_vars[@]}"
run_wrk list-common list.lua "$connections" "$step_seconds" BENCH_LIST_PATTERN="$LIST_COMMON"
run_pgbench list-common list-name-like.sql "$connections" "$step_seconds" "${pg_vars[@]}" -D "pattern=$LIST_COMMON"
run_wrk list-rare list.lua "$connections" "$step_seconds" BENCH_LIST_PATTERN="$LIST_RARE"
run_pgbench list-rare list-name-like.sql "$connections" "$step_seconds" "${pg_vars[@]}" -D "pattern=$LIST_RARE"
# One connection: the latency of a single list request with nothing queued in front of it.
run_wrk list-common-c1 list.lua 1 "$step_seconds" BENCH_LIST_PATTERN="$LIST_COMMON"
run_wrk list-rare-c1 list.lua 1 "$step_seconds" BENCH_LIST_PATTERN="$LIST_RARE"

posts_since=$(sql -c "SELECT now()")
run_wrk post post.lua "$connections" "$step_seconds" BENCH_SFTP_ID="$sftp_id"
# PUT decrypts, so it needs auths whose ciphertext the service wrote: the ones the POST steps just created.
# The pgbench insert step runs only after this query, because its rows carry placeholder ciphertext.
sql -c "COPY (SELECT id FROM connector_auth WHERE tenant_id = '$BIG_TENANT' AND created_by = '$BENCH_USER'
             AND secrets IS NOT NULL AND created_at >= '$posts_since'::timestamptz - interval '1 hour'
             AND name LIKE '% SFTP upload %') TO STDOUT" >"$tmp/put-ids.txt"
put_ids=$(wc -l <"$tmp/put-ids.txt")
((put_ids >= 4 * connections)) || fail "only $put_ids auths for the PUT step; POST created too few"
run_pgbench insert insert.sql "$connections" "$step_seconds" "${pg_vars[@]}"
run_wrk put put.lua "$connections" "$step_seconds" BENCH_IDS_FILE="$tmp/put-ids.txt"
run_pgbench update update.sql "$connections" "$step_seconds" "${pg_vars[@]}"

# The plans of both list queries, for reading the list latencies.
for pattern_name in common rare; do
    pattern=$([[ $pattern_name == common ]] && echo "$LIST_COMMON" || echo "$LIST_RARE")
    grep -v -E '^(--|BEGIN|SET|COMMIT)' "$bench/pgbench/list-name-like.sql" \
        | sed -e "s/:tenant/'$BIG_TENANT'/g" -e "s/:user/'$BENCH_USER'/g" -e "s/:teams/'$BENCH_TEAMS'/g" \
            -e "s/:pattern/'$pattern'/g" -e '1s/^/EXPLAIN (ANALYZE, BUFFERS) /' \
        | sql >"$results/explain-list-$pattern_name.txt" 2>&1 || log "EXPLAIN of the $pattern_name list query failed"
done

# ---------------------------------------------------------------------------------------------------------------
# Latency against load, a paced run at half the maximum throughput, a JFR profile. A smoke run does each once,
# briefly, so that this code and report.sh stay in working order.
# ---------------------------------------------------------------------------------------------------------------
sweep_dat=$results/sweep.dat
echo "# connections wrk_rps wrk_p50_ms wrk_p99_ms pgbench_tps pgbench_p50_ms pgbench_p99_ms" >"$sweep_dat"
max_rps=0
for connection_count in $sweep_connections; do
    run_wrk "sweep-get-c$connection_count" get.lua "$connection_count" "$sweep_seconds" BENCH_IDS_FILE="$tmp/get-ids.txt"
    row="$connection_count $last_rps $last_p50_ms $last_p99_ms"
    max_rps=$(awk -v a="$max_rps" -v b="$last_rps" 'BEGIN { print (b > a ? b : a) }')
    run_pgbench "sweep-select-c$connection_count" select-by-id.sql "$connection_count" "$sweep_seconds" "${pg_vars[@]}"
    echo "$row $last_rps $last_p50_ms $last_p99_ms" >>"$sweep_dat"
done

# wrk is closed-loop, so half load is reached by pacing: each connection waits so that all of them together
# offer half of the sweep's maximum. A first, unrecorded try subtracts the unloaded p50 as the time in flight.
# Latency grows with load, so the recorded run shortens the pause by the cycle time that the try lost.
unloaded_p50=$(awk 'NR == 2 { print $3 }' "$sweep_dat")
half_target=$(awk -v r="$max_rps" 'BEGIN { printf "%.1f", r / 2 }')
half_delay=$(awk -v c="$connections" -v t="$half_target" -v l="$unloaded_p50" \
    'BEGIN { d = 1000 * c / t - l; printf "%.2f", (d > 0 ? d : 0) }')
run_wrk warmup-half-load-try get.lua "$connections" 5 BENCH_IDS_FILE="$tmp/get-ids.txt" BENCH_DELAY_MS="$half_delay"
half_delay=$(awk -v d="$half_delay" -v c="$connections" -v t="$half_target" -v a="$last_rps" \
    'BEGIN { d -= 1000 * c / a - 1000 * c / t; printf "%.2f", (d > 0 ? d : 0) }')
log "pacing $connections connections with a ${half_delay} ms pause to offer $half_target req/s, half of $max_rps"
run_wrk get-by-id-half-load get.lua "$connections" "$step_seconds" BENCH_IDS_FILE="$tmp/get-ids.txt" \
    BENCH_DELAY_MS="$half_delay"
half_rps=$last_rps
half_p99=$last_p99_ms

rss_end_mb=$(awk -v kb="$(ps -o rss= -p "$service_pid")" 'BEGIN { printf "%.0f", kb / 1024 }')

# A JFR profile of GET by id, taken after the measured steps so that its overhead is in none of them.
jfr_file=$tmp/get-by-id.jfr
profile_txt=$results/profile-get-by-id.txt
: >"$profile_txt"
: >"$results/threads-get-by-id.txt"
if jcmd "$service_pid" JFR.start name=bench settings=profile filename="$jfr_file" >>"$results/run.log" 2>&1; then
    # Per-thread CPU shows what JFR's Java samples miss, such as the JIT compiler and GC threads.
    thread_ticks >"$tmp/threads-before.txt"
    (sleep 2 && jcmd "$service_pid" Thread.print >"$results/thread-dump-get-by-id.txt" 2>&1) &
    dump_pid=$!
    run_wrk warmup-profile get.lua "$connections" "$profile_seconds" BENCH_IDS_FILE="$tmp/get-ids.txt"
    thread_ticks >"$tmp/threads-after.txt"
    wait "$dump_pid" || true
    summarize_threads "$profile_seconds" >"$results/threads-get-by-id.txt"
    jcmd "$service_pid" JFR.stop name=bench >>"$results/run.log" 2>&1
    jfr print --stack-depth 64 --events jdk.ExecutionSample "$jfr_file" >"$tmp/samples.txt" 2>/dev/null || true
    summarize_profile() {
        # Counts samples by the method on top of the stack, and by each layer that appears anywhere in it.
        awk '
            function layer(frame) {
                if (frame ~ /^(org\.jose4j|io\.smallrye\.jwt)\./) return "JWT parsing and signature check"
                if (frame ~ /^org\.hibernate\./) return "Hibernate ORM and Reactive"
                if (frame ~ /^io\.vertx\.(pgclient|sqlclient)\./) return "Vert.x PostgreSQL client"
                if (frame ~ /^com\.fasterxml\.jackson\./) return "Jackson JSON"
                if (frame ~ /^(org\.jboss\.resteasy\.reactive|io\.quarkus\.resteasy\.reactive)\./) return "Quarkus REST"
                if (frame ~ /^(org\.jboss\.logmanager|org\.jboss\.logging)\./) return "Logging"
                if (frame ~ /^io\.connectorauth\./) return "connector-auth code"
                if (frame ~ /^io\.netty\./) return "Netty"
                return ""
            }
            /stackTrace = \[/ { in_stack = 1; depth = 0; delete seen; next }
            in_stack && /^[[:space:]]*\]/ {
                in_stack = 0
                total++
                for (name in seen) layers[name]++
                next
            }
            in_stack {
                frame = $1
                sub(/\(.*/, "", frame)
                if (depth == 0) top[frame]++
                name = layer(frame)
                if (name != "") seen[name] = 1
                depth++
            }
            END {
                printf "samples %d\n", total
                for (name in layers) printf "layer %d %s\n", layers[name], name
                for (frame in top) printf "top %d %s\n", top[frame], frame
            }' "$tmp/samples.txt"
    }
    summarize_profile >"$tmp/profile-all.txt"
    {
        grep '^samples ' "$tmp/profile-all.txt"
        grep '^layer ' "$tmp/profile-all.txt" | sort -k2,2nr
        grep '^top ' "$tmp/profile-all.txt" | sort -k2,2nr -k3 | head -n 20
    } >"$profile_txt"
    jcmd "$service_pid" GC.heap_info >"$results/heap-info.txt" 2>&1 || true
    jcmd "$service_pid" VM.flags >"$results/vm-flags.txt" 2>&1 || true
else
    log "JFR did not start; the profile stays empty"
fi
# Lines logged at ERROR do not fail the run, because wrk closes its connections with requests still in flight
# at the end of each POST and PUT step, and the cancelled transactions make Hibernate Reactive log several. The
# report counts them.
service_error_lines=$(grep -c '"level":"ERROR"' "$results/service.log" || true)
log "the service logged $service_error_lines lines at ERROR; see $results/service.log"
gc_summary=$(awk '/Pause/ { count++; sub(/ms$/, "", $NF); total += $NF } END { printf "%d pauses, %.0f ms in all", count, total }' \
    "$results/service-gc.log")
log "garbage collection during the measured run: $gc_summary"
stop_service
busy_after=$(machine_busy_now)
log "other load after the run: ${busy_after}% of all cores busy"

# ---------------------------------------------------------------------------------------------------------------
# Plot and report: docs/ for a full run, the results folder for a smoke run.
# ---------------------------------------------------------------------------------------------------------------
report_dir=$($smoke && echo "$results" || echo "$root/docs")
plot_png=$report_dir/benchmarks-latency.png
gnuplot <<GNUPLOT
set terminal pngcairo size 900,560 font "DejaVu Sans,10" noenhanced
set output "$plot_png"
set title "GET /v1/connector-auths/{id} and pgbench's select by key at $(echo "$sweep_connections" | tr ' ' ',') connections"
set xlabel "achieved throughput (requests or transactions per second, log scale)"
set ylabel "latency (ms, log scale)"
set logscale xy
set grid
set key bottom right box opaque
plot "$sweep_dat" using 2:3 with linespoints pt 7 title "service p50", \
     "$sweep_dat" using 2:4 with linespoints pt 5 title "service p99", \
     "$sweep_dat" using 5:6 with linespoints pt 6 dt 2 title "pgbench p50", \
     "$sweep_dat" using 5:7 with linespoints pt 4 dt 2 title "pgbench p99", \
     "$sweep_dat" using 2:4:(sprintf("c=%d", \$1)) with labels offset 0,1 notitle
GNUPLOT

MACHINE_NPROC=$(nproc) \
    MACHINE_CPU=$(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -n 1) \
    MACHINE_MEMORY=$(free -h | awk '/^Mem:/ { print $2 }') \
    JAVA_VERSION=$(java -version 2>&1 | head -n 1) \
    PG_VERSION=$("$pg_bin/postgres" --version) \
    WRK_VERSION=$(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2 || true) \
    RUN_DATE="$(date -u -d "${stamp:0:8} ${stamp:9:2}:${stamp:11:2}" '+%Y-%m-%d %H:%M')" ROWS=$rows BIG_ROWS=$big_rows TENANTS=$tenants LOAD_SECONDS=$load_seconds \
    TABLE_SIZE=$table_size READY_MS=$ready_ms STARTED_IN=${started_in:-} CONNECTIONS=$connections \
    STEP_SECONDS=$step_seconds WARMUP_SECONDS=$warmup_seconds SWEEP_SECONDS=$sweep_seconds SWEEP_CONNECTIONS="$sweep_connections" PROFILE_SECONDS=$profile_seconds MAX_RPS=$max_rps HALF_RPS=$half_rps \
    HALF_P99=$half_p99 HALF_DELAY=$half_delay MAX_RSS_MB=$((max_rss_kb / 1024)) RSS_END_MB=$rss_end_mb \
    SECRET_BYTES=$secret_bytes PATTERN_COMMON=$LIST_COMMON PATTERN_RARE=$LIST_RARE \
    BUSY_BEFORE=$busy_before BUSY_AFTER=$busy_after GC_SUMMARY="$gc_summary" JAVA_OPTS_USED=$java_opts FIRST_START_ONLY=$smoke SERVICE_ERROR_LINES=$service_error_lines \
    "$bench/report.sh" "$steps_tsv" "$sweep_dat" "$profile_txt" "$results/threads-get-by-id.txt" \
    "$report_dir/benchmarks.md"
log "wrote $report_dir/benchmarks.md and $plot_png"

column -t -s $'\t' "$steps_tsv" >>"$results/run.log"
if ((failures > 0)); then
    fail "$failures steps had errors"
fi
log "done; raw results in $results"
