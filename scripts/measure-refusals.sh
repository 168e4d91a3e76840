#!/usr/bin/env bash
# Time to refuse requests beyond the bounds, against a running API (./mvnw quarkus:dev), with curl.
#   scripts/measure-refusals.sh [requests per query, default 50]
# Prints median and max per request; docs/errors.md records the figures.
set -euo pipefail
n="${1:-50}"
url="${API_URL:-http://localhost:8080/graphql}"
measure() {
  local label="$1" body="$2"
  curl -s -o /dev/null "$url" -H 'content-type: application/json' -d "$body"   # warm-up
  for _ in $(seq 1 "$n"); do
    curl -s -o /dev/null -w '%{time_total}\n' "$url" -H 'content-type: application/json' -d "$body"
  done | sort -n | awk -v label="$label" '{a[NR]=$1} END {printf "%-45s median %6.1f ms  max %6.1f ms  (%d requests)\n", label, a[int((NR+1)/2)]*1000, a[NR]*1000, NR}'
}
measure "refused: neighbourhood depth 4" '{"query":"{ neighbourhood(id: \"country:US\", depth: 4) { truncated } }"}'
measure "refused: paths maxHops 7" '{"query":"{ paths(from: \"org:gm\", to: \"org:abtc\", maxHops: 7) { length } }"}'
measure "refused: search limit 51" '{"query":"{ search(text: \"lithium\", limit: 51) { id } }"}'
measure "allowed maximum: neighbourhood depth 3, 500" '{"query":"{ neighbourhood(id: \"country:US\", depth: 3, limit: 500) { truncated nodes { id } } }"}'
