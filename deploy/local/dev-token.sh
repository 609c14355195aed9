#!/usr/bin/env bash
# Prints a development JWT signed with the local dev key that run-dev.sh creates.
#
#   dev-token.sh [TENANT_ID] [USER_ID] [TTL_SECONDS]
#
# Defaults: tenant "dev-tenant", user "dev-user", 12 hours. The token makes its user an account admin with the
# scopes connector_auth, connector_auth:reveal and connectors (DEV_TOKEN_SCOPES overrides them, for example to add
# keys:admin). Only a service started by run-dev.sh trusts these tokens:
# production verifies tokens against the key configured in MP_JWT_VERIFY_PUBLICKEY_LOCATION.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
home=${CONNECTOR_AUTH_DEV_HOME:-$root/target/dev}
key="$home/jwt-private.pem"
tenant=${1:-dev-tenant}
user=${2:-dev-user}
ttl=${3:-43200}
scopes=${DEV_TOKEN_SCOPES:-connector_auth connector_auth:reveal connectors}

if [[ ! -f "$key" ]]; then
    echo "dev-token: $key is missing; start the service once with deploy/local/run-dev.sh" >&2
    exit 1
fi

base64url() {
    openssl base64 -e -A | tr '+/' '-_' | tr -d '='
}

now=$(date +%s)
jti=$(cat /proc/sys/kernel/random/uuid)
header=$(printf '{"alg":"RS256","typ":"JWT"}' | base64url)
payload=$(printf '{"iss":"https://connector-auth.local/dev","sub":"%s","tenant_id":"%s","groups":["admin"],"scope":"%s","iat":%d,"exp":%d,"jti":"%s"}' \
    "$user" "$tenant" "$scopes" "$now" "$((now + ttl))" "$jti" | base64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$key" -binary | base64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
