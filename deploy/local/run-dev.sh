#!/usr/bin/env bash
# Runs the service in Quarkus dev mode on a local PostgreSQL, with the connector catalog seeded, and prints a
# development token. State (database, dev keys) lives in target/dev, or in CONNECTOR_AUTH_DEV_HOME if set.
# Pressing q stops the service and the database (Ctrl+C may need pressing twice in dev mode).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
export CONNECTOR_AUTH_DEV_HOME=${CONNECTOR_AUTH_DEV_HOME:-$root/target/dev}
export CONNECTOR_AUTH_DEV_DB_PORT=${CONNECTOR_AUTH_DEV_DB_PORT:-55432}
home=$CONNECTOR_AUTH_DEV_HOME

mkdir -p "$home"
chmod 755 "$home"

"$root/deploy/local/pg-cluster.sh" start "$home/pg" "$CONNECTOR_AUTH_DEV_DB_PORT"
trap '"$root/deploy/local/pg-cluster.sh" stop "$home/pg"' EXIT

if [[ ! -f "$home/jwt-private.pem" ]]; then
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$home/jwt-private.pem" 2>/dev/null
    openssl pkey -in "$home/jwt-private.pem" -pubout -out "$home/jwt-public.pem"
    chmod 600 "$home/jwt-private.pem"
fi
if [[ ! -f "$home/crypto.key" ]]; then
    (umask 077 && openssl rand -base64 32 >"$home/crypto.key")
fi
export CONNECTOR_AUTH_CRYPTO_KEY_FILE="$home/crypto.key"

cat <<MSG

PostgreSQL is running on 127.0.0.1:$CONNECTOR_AUTH_DEV_DB_PORT (data in $home/pg).
Development token for tenant "dev-tenant", user "dev-user" (valid 12 hours; more with deploy/local/dev-token.sh):

export TOKEN=$("$root/deploy/local/dev-token.sh")

The API will listen on http://127.0.0.1:${QUARKUS_HTTP_PORT:-8080} (OpenAPI UI at /q/swagger-ui). Press q to stop.

MSG

"$root/mvnw" -f "$root/pom.xml" -q quarkus:dev -Dquarkus.http.host=127.0.0.1 -Dquarkus.analytics.disabled=true \
    -Dformatter.skip -Dimpsort.skip
