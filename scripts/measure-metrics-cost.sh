#!/usr/bin/env bash
# The cost of the metrics and tracing instrumentation on the hot path (docs/operations.md): the packaged app of a
# commit without them against the current one, same Neo4j, same load (scripts/LoadLoop.java), alternating A B A B.
#   scripts/measure-metrics-cost.sh BEFORE_COMMIT [ROUNDS]
# Needs a Neo4j holding the seed graph at NEO4J_URI (default bolt://127.0.0.1:7687; NEO4J_PASSWORD). Uses HTTP port
# APP_PORT (8180); LOAD_CLIENTS (4), LOAD_WARMUP (20 s), LOAD_SECONDS (30 s); METRICS_COST_DIR (target/metrics-cost).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BEFORE="$1"; ROUNDS="${2:-2}"
PORT="${APP_PORT:-8180}"; CLIENTS="${LOAD_CLIENTS:-4}"; WARMUP="${LOAD_WARMUP:-20}"; SECONDS_="${LOAD_SECONDS:-30}"
WORK="${METRICS_COST_DIR:-$ROOT/target/metrics-cost}"
if [[ "$(cat "$WORK/before/.commit" 2>/dev/null)" != "$BEFORE" || ! -f "$WORK/before/target/quarkus-app/quarkus-run.jar" ]]; then
  rm -rf "$WORK/before"; mkdir -p "$WORK/before"
  git -C "$ROOT" archive "$BEFORE" | tar -x -C "$WORK/before"
  (cd "$WORK/before" && ./mvnw -B -q package -DskipTests)
  echo "$BEFORE" > "$WORK/before/.commit"
fi
(cd "$ROOT" && ./mvnw -B -q package -DskipTests)
BODY='{"query":"{ facility(id: \"facility:koreplex\") { name status capacity operators { name } state { name } } }"}'
run() { # name jar
  # the commit before has to be given an issuer to start at all (issue #14); the same one for both
  BATTERY_SEED_MODE=NEVER BATTERY_DATASETS=NEVER BATTERY_JWT_ISSUER=https://battery-graph.local/dev \
    BATTERY_JWT_PUBLIC_KEY_LOCATION="$ROOT/dev/jwt/public-key.pem" java -Dquarkus.http.port="$PORT" -jar "$2" >"$WORK/$1.log" 2>&1 &
  local pid=$!
  until curl -sf "localhost:$PORT/q/health/ready" >/dev/null; do sleep 0.5; kill -0 $pid || { cat "$WORK/$1.log"; exit 1; }; done
  printf '%-7s ' "$1"; java "$ROOT/scripts/LoadLoop.java" "http://localhost:$PORT/graphql" "$BODY" "$CLIENTS" "$WARMUP" "$SECONDS_"
  kill $pid; wait $pid 2>/dev/null || true
}
for _ in $(seq 1 "$ROUNDS"); do
  run before "$WORK/before/target/quarkus-app/quarkus-run.jar"
  run after "$ROOT/target/quarkus-app/quarkus-run.jar"
done
