#!/usr/bin/env bash
# Mints a bearer token signed with the development key, for trying the packaged app locally
# (started with FIELDBACK_ALLOW_DEV_KEYS=true and the dev public key, see the README). The same claims
# as GET /dev/token in dev mode: issuer, subject/upn, groups (the role), 12 hours, an optional tenant.
# Needs bash and openssl only. Never use the development key beyond your own machine: its private half
# is in this repository.
#
#   scripts/dev-token.sh admin
#   scripts/dev-token.sh dealer dealer_id=0193...            (also station_id, vendor_id, technician_id)
set -euo pipefail

role=${1:-admin}
shift || true
here=$(cd "$(dirname "$0")" && pwd)
key=${FIELDBACK_DEV_PRIVATE_KEY:-$here/../src/main/resources/dev/privateKey.pem}
issuer=${MP_JWT_VERIFY_ISSUER:-https://fieldback.dev}
case " admin analyst agent handler station-manager technician dealer vendor " in
  *" $role "*) ;;
  *) echo "role must be one of: admin analyst agent handler station-manager technician dealer vendor" >&2; exit 2 ;;
esac

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

now=$(date +%s)
tenant=""
for pair in "$@"; do
  name=${pair%%=*}
  value=${pair#*=}
  case "$name" in
    dealer_id|station_id|vendor_id|technician_id) tenant="$tenant,\"$name\":\"$value\"" ;;
    *) echo "unknown claim '$name': use dealer_id, station_id, vendor_id or technician_id" >&2; exit 2 ;;
  esac
done
header='{"alg":"RS256","typ":"JWT"}'
payload="{\"iss\":\"$issuer\",\"sub\":\"dev-$role\",\"upn\":\"dev-$role\",\"groups\":[\"$role\"],\"iat\":$now,\"exp\":$((now + 43200)),\"jti\":\"$(openssl rand -hex 16)\"$tenant}"
unsigned="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
signature=$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$key" -binary | b64url)
printf '%s.%s\n' "$unsigned" "$signature"
