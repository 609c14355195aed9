#!/usr/bin/env bash
# Starts or stops a private PostgreSQL cluster for local development and tests.
#
#   pg-cluster.sh start DATA_DIR PORT [--ephemeral]   initdb on first use, start, create the app role and database
#   pg-cluster.sh stop DATA_DIR                        fast shutdown
#   pg-cluster.sh status DATA_DIR                      exit 0 while running
#
# The cluster listens on 127.0.0.1 only and keeps its socket inside DATA_DIR. --ephemeral turns off fsync,
# which is safe only for throwaway test data. PG_BIN selects the server binaries; by default the newest
# /usr/lib/postgresql/*/bin is used. Run as root, the server runs as the postgres OS user because
# PostgreSQL refuses to run as root.
set -euo pipefail

readonly APP_ROLE=connector_auth
# Local clusters only: the password guards a loopback-only throwaway server, not real data.
readonly APP_PASSWORD=connector_auth
readonly APP_DB=connector_auth

find_bin() {
    if [[ -n "${PG_BIN:-}" ]]; then
        echo "$PG_BIN"
        return
    fi
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [[ -z "$dir" || ! -x "$dir/initdb" ]]; then
        echo "pg-cluster: no PostgreSQL server binaries found; install postgresql or set PG_BIN" >&2
        exit 1
    fi
    echo "$dir"
}

as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start() {
    local data_dir=$1 port=$2 ephemeral=${3:-}
    local bin
    bin=$(find_bin)
    mkdir -p "$data_dir"
    data_dir=$(cd "$data_dir" && pwd)
    if [[ $(id -u) -eq 0 ]]; then
        chown postgres: "$data_dir"
        if ! runuser -u postgres -- test -x "$data_dir"; then
            echo "pg-cluster: the postgres OS user cannot reach $data_dir; make its parent folders traversable" >&2
            exit 1
        fi
    fi
    chmod 700 "$data_dir"
    if [[ ! -f "$data_dir/PG_VERSION" ]]; then
        as_owner "$bin/initdb" -D "$data_dir" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
            --encoding=UTF8 --locale=C.UTF-8 >"$data_dir.initdb.log" 2>&1 \
            || { cat "$data_dir.initdb.log" >&2; exit 1; }
    fi
    local options="-p $port -k $data_dir -c listen_addresses=127.0.0.1"
    if [[ "$ephemeral" == "--ephemeral" ]]; then
        options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
    if ! as_owner "$bin/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
        as_owner "$bin/pg_ctl" -D "$data_dir" -l "$data_dir/server.log" -o "$options" -w -t 60 start >/dev/null \
            || { tail -n 20 "$data_dir/server.log" >&2; exit 1; }
    fi
    as_owner "$bin/psql" -h "$data_dir" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q <<SQL
SELECT 'CREATE ROLE $APP_ROLE LOGIN PASSWORD ''$APP_PASSWORD'''
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$APP_ROLE') \gexec
SELECT 'CREATE DATABASE $APP_DB OWNER $APP_ROLE'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$APP_DB') \gexec
SQL
}

stop() {
    local data_dir=$1
    local bin
    bin=$(find_bin)
    if [[ -f "$data_dir/postmaster.pid" ]]; then
        as_owner "$bin/pg_ctl" -D "$data_dir" -m fast -w stop >/dev/null
    fi
}

status() {
    local bin
    bin=$(find_bin)
    as_owner "$bin/pg_ctl" -D "$1" status >/dev/null
}

case "${1:-}" in
    start) start "${2:?data dir}" "${3:?port}" "${4:-}" ;;
    stop) stop "${2:?data dir}" ;;
    status) status "${2:?data dir}" ;;
    *)
        echo "usage: $0 start DATA_DIR PORT [--ephemeral] | stop DATA_DIR | status DATA_DIR" >&2
        exit 2
        ;;
esac
