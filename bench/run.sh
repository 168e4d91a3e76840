#!/usr/bin/env bash
# Benchmarks our API side by side with the Neo4j GraphQL Library and the raw Java driver (issue #6), in one command:
#
#   bench/run.sh [--nodes 1000000] [--seed 42] [--reload]
#
# Starts the bench Neo4j (APOC, .neo4j-bench/, Bolt 7688, HTTP 7475, 2 GB heap: never the dev database), loads a
# generated graph (scripts/generate-synthetic.sh + scripts/bulk-import.sh), skipped when the database already holds
# the same generated graph (--reload loads it again, to measure the import); measures an indexed 2-hop query (bench/scale/) at 10k nodes and at the full size; then runs bench/suite/ against our API (port 8090), the @neo4j/graphql reference
# (port 4000) and the raw driver, one at a time, and writes docs/benchmarks.md and docs/benchmarks-p99.png.
# Everything it started is stopped on exit. Per-system results (JSON) and logs go to bench/results/.
#
# Environment: BENCH_CONCURRENCY (1,4,8), BENCH_WARMUP (requests:seconds, 300:3, per query and level), BENCH_RUN
# (3000:6), BENCH_SERVER_WARMUP (60: seconds of unmeasured load over the whole suite before each system's first
# measurement, so that a JVM's JIT has compiled the request path as it has in production),
# BENCH_NEO4J_PASSWORD (bench-local: a local password, loopback only), BENCH_EDITOR_JWT (for mutations).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODES=1000000
SEED=42
SMALL=10000
BULK_MAX=100000
RELOAD=false
while (( $# )); do
  case "$1" in
    --nodes) NODES="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --reload) RELOAD=true; shift ;;
    *) sed -n '2,16p' "$0"; exit 2 ;;
  esac
done

export NEO4J_SERVER_POM="$ROOT/bench/neo4j/pom.xml" NEO4J_LOCAL_HOME="$ROOT/.neo4j-bench" NEO4J_BOLT_PORT=7688 \
  NEO4J_HTTP_PORT=7475 NEO4J_HEAP=2g NEO4J_USERNAME=neo4j NEO4J_PASSWORD="${BENCH_NEO4J_PASSWORD:-bench-local}"
BOLT="bolt://127.0.0.1:$NEO4J_BOLT_PORT"
RESULTS="$ROOT/bench/results"
HARNESS="$ROOT/bench/harness/target/bench-harness.jar"
CONCURRENCY="${BENCH_CONCURRENCY:-1,4,8}"
WARMUP="${BENCH_WARMUP:-300:3}"
RUN="${BENCH_RUN:-3000:6}"
SERVER_WARMUP="${BENCH_SERVER_WARMUP:-60}"
OURS_PORT=8090
REFERENCE_PORT=4000
SCALE_QUERY=facility-operator-state
mkdir -p "$RESULTS"

log() { printf '[%s] [bench] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
cypher() { "$ROOT/neo4j/local.sh" cypher-shell --format plain "$@"; }
harness() { java -jar "$HARNESS" "$@" --bolt "$BOLT" --user neo4j --password "$NEO4J_PASSWORD"; }

STARTED_NEO4J=false
SERVER_PID=""
stop_server() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
cleanup() {
  stop_server
  if $STARTED_NEO4J; then "$ROOT/neo4j/local.sh" stop; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for() { # port, what, seconds
  local waited=0
  until listening "$1"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { log "$2 exited; see its log in $RESULTS"; return 1; }
    (( waited++ < $3 * 2 )) || { log "$2 did not listen on $1 within $3 s"; return 1; }
    sleep 0.5
  done
}

start_neo4j() {
  if listening "$NEO4J_BOLT_PORT"; then
    log "reusing the Neo4j already listening on $BOLT"
  else
    "$ROOT/neo4j/local.sh" start
    STARTED_NEO4J=true
  fi
}

# Empties the bench database by removing its store files (much faster than deleting a million nodes).
wipe_database() {
  log "emptying the bench database"
  "$ROOT/neo4j/local.sh" stop
  rm -rf "$NEO4J_LOCAL_HOME/data/databases/neo4j" "$NEO4J_LOCAL_HOME/data/transactions/neo4j"
  "$ROOT/neo4j/local.sh" start
  STARTED_NEO4J=true
}

# Loads a generated graph of $1 nodes unless the database already holds exactly that one: up to $BULK_MAX nodes
# through scripts/bulk-import.sh (the measured import: its summary is kept as import-<nodes>.txt beside the
# database), bigger graphs offline through neo4j-admin (admin_load).
load_graph() {
  local nodes="$1" marker="$NEO4J_LOCAL_HOME/generated" dir="$NEO4J_LOCAL_HOME/import/synthetic-$1-$SEED"
  local wanted="generate-synthetic nodes=$nodes seed=$SEED"
  if [[ -f "$marker" && "$(cat "$marker")" == "$wanted" ]] && ! $RELOAD; then
    # The generator makes exactly $nodes nodes: anything else (an app that imported the seed or the datasets into the
    # bench database) is not the graph the marker names.
    local held; held=$(cypher 'MATCH (n) RETURN count(n) AS nodes' | tail -1)
    if [[ "$held" == "$nodes" ]]; then
      log "the bench database already holds $wanted: not reloading"
      return
    fi
    log "the bench database holds $held nodes, not the $nodes of $wanted: reloading"
  fi
  rm -f "$marker"
  [[ -d "$dir" ]] || "$ROOT/scripts/generate-synthetic.sh" --nodes "$nodes" --seed "$SEED" "$dir" | tail -n 1
  if (( nodes > BULK_MAX )); then
    admin_load "$nodes" "$dir"
  else
    wipe_database
    log "loading $wanted with scripts/bulk-import.sh"
    "$ROOT/scripts/bulk-import.sh" --uri "$BOLT" --user neo4j --password "$NEO4J_PASSWORD" --no-progress "$dir" \
      | tee "$NEO4J_LOCAL_HOME/import-$nodes.txt.part" | tail -n 3
    cypher "CALL db.awaitIndexes(600)"
    { echo "loaded $(date -u +%Y-%m-%dT%H:%MZ): $wanted"; cat "$NEO4J_LOCAL_HOME/import-$nodes.txt.part"; } \
      > "$NEO4J_LOCAL_HOME/import-$nodes.txt"
    rm -f "$NEO4J_LOCAL_HOME/import-$nodes.txt.part"
  fi
  echo "$wanted" > "$marker"
  log "loaded: $(cypher 'MATCH (n) RETURN count(n) AS nodes' | tail -1) nodes"
}

# A graph too big to load through transactions within the time budget: neo4j-admin database import full into an
# empty database (same rows, typed headers from the model: AdminImportFiles), then the schema and its indexes.
admin_load() { # nodes, dir
  local nodes="$1" dir="$2" files="$NEO4J_LOCAL_HOME/import/admin-$(basename "$2")" args started indexed
  log "loading generate-synthetic nodes=$nodes seed=$SEED offline with neo4j-admin database import full"
  mapfile -t args < <("$ROOT/scripts/java-main.sh" org.batterygraph.bulk.AdminImportFiles "$dir" "$files")
  "$ROOT/neo4j/local.sh" stop
  rm -rf "$NEO4J_LOCAL_HOME/data/databases/neo4j" "$NEO4J_LOCAL_HOME/data/transactions/neo4j"
  started=$(date +%s)
  "$ROOT/neo4j/local.sh" admin database import full neo4j --overwrite-destination=true --array-delimiter='|' \
    --ignore-empty-strings=true --high-parallel-io=on --report-file="$NEO4J_LOCAL_HOME/admin-import.report" "${args[@]}" \
    > "$NEO4J_LOCAL_HOME/admin-import.log" 2>&1 \
    || { tail -n 30 "$NEO4J_LOCAL_HOME/admin-import.log"; return 1; }
  indexed=$(date +%s)
  "$ROOT/neo4j/local.sh" start
  STARTED_NEO4J=true
  cypher -f "$ROOT/cypher/schema.cypher" >/dev/null
  cypher "CALL db.awaitIndexes(1800)"
  printf 'loaded %s: generate-synthetic nodes=%s seed=%s offline: neo4j-admin database import full %d s, then the schema and its indexes %d s\n' \
    "$(date -u +%Y-%m-%dT%H:%MZ)" "$nodes" "$SEED" "$((indexed - started))" "$(($(date +%s) - indexed))" \
    > "$NEO4J_LOCAL_HOME/admin-import-$nodes.txt"
  grep -E '^IMPORT DONE|Imported:|nodes$|relationships$|properties$' "$NEO4J_LOCAL_HOME/admin-import.log" \
    >> "$NEO4J_LOCAL_HOME/admin-import-$nodes.txt" || true
  tail -n 1 "$NEO4J_LOCAL_HOME/admin-import-$nodes.txt"
}

scale_point() { # label: small or full
  log "measuring the indexed 2-hop query $SCALE_QUERY (raw driver) on the $1 graph"
  harness scale --label "$1" --suite "$ROOT/bench/scale" --query "$SCALE_QUERY" --out "$RESULTS/scale-$1.json" \
    --warmup "$WARMUP" --run "$RUN" | grep --line-buffered '\[harness\]'
}

run_suite() { # contender, url
  log "suite against $1"
  harness run --contender "$1" --url "$2" --suite "$ROOT/bench/suite" --out "$RESULTS/$1.json" \
    --schema "$ROOT/docs/schema.graphql" --concurrency "$CONCURRENCY" --warmup "$WARMUP" --run "$RUN" \
    --server-warmup "$SERVER_WARMUP" | grep --line-buffered '\[harness\]'
  remove_mutation_writes
}

# Query 11 creates organizations: remove them after each system, or the next one answers over a bigger graph.
remove_mutation_writes() {
  cypher "MATCH (n) WHERE (n:Organization AND n.id STARTS WITH 'org:bench-')
            OR (n:Claim AND n.subjectId STARTS WITH 'org:bench-') DETACH DELETE n" >/dev/null
}

log "bench: $NODES nodes (seed $SEED), concurrency $CONCURRENCY, warm-up $WARMUP, run $RUN (requests:seconds)"
start_neo4j
log "building the harness and our app"
"$ROOT/mvnw" -q -B -f "$ROOT/bench/harness/pom.xml" package
(cd "$ROOT" && ./mvnw -q -B package -DskipTests)

# The small point is kept beside the database, so that a rerun at full size does not reload the small graph.
rm -f "$RESULTS"/scale-*.json
if (( NODES > SMALL )); then
  small_point="$NEO4J_LOCAL_HOME/scale-small-$SCALE_QUERY-$SEED.json"
  if [[ ! -f "$small_point" ]]; then
    load_graph "$SMALL"
    scale_point small
    cp "$RESULTS/scale-small.json" "$small_point"
  fi
  cp "$small_point" "$RESULTS/scale-small.json"
fi
# The bulk import is measured on a graph of at most $BULK_MAX nodes; a bigger graph under test loads offline.
if (( NODES > BULK_MAX )) && [[ ! -f "$NEO4J_LOCAL_HOME/import-$BULK_MAX.txt" ]]; then
  load_graph "$BULK_MAX"
fi
load_graph "$NODES"
# The latest bulk import summary, and the offline load of the graph under test if it had one (both kept beside the
# database: a rerun that reuses the database reports those loads, with their dates).
rm -f "$RESULTS/import.txt" "$RESULTS/admin-import.txt"
latest_import=$(ls -t "$NEO4J_LOCAL_HOME"/import-*.txt 2>/dev/null | head -n 1)
[[ -n "$latest_import" ]] && cp "$latest_import" "$RESULTS/import.txt"
if (( NODES > BULK_MAX )); then cp "$NEO4J_LOCAL_HOME/admin-import-$NODES.txt" "$RESULTS/admin-import.txt"; fi
remove_mutation_writes # left by an earlier run that stopped before its cleanup
if (( NODES > SMALL )); then
  scale_point full
fi

# Mutations (query 11) need an editor token. The API under test trusts the throwaway dev key of dev/jwt/ here,
# on loopback, for this run only; a production build trusts no key unless BATTERY_JWT_* name one.
dev_token() {
  local now header payload signature
  now=$(date +%s)
  b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"iss":"%s","upn":"bench","sub":"bench","groups":["%s"],"iat":%d,"exp":%d}' \
    "$DEV_ISSUER" "$1" "$now" "$((now + 7200))" | b64url)
  signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$ROOT/dev/jwt/private-key.pem" | b64url)
  printf '%s.%s.%s' "$header" "$payload" "$signature"
}
DEV_ISSUER=https://battery-graph.local/dev
export BENCH_EDITOR_JWT="${BENCH_EDITOR_JWT:-$(dev_token editor)}"

log "starting our API on port $OURS_PORT"
NEO4J_URI="$BOLT" BATTERY_SEED_MODE=NEVER BATTERY_DATASETS=NEVER BATTERY_JWT_PUBLIC_KEY_LOCATION="$ROOT/dev/jwt/public-key.pem" \
  BATTERY_JWT_ISSUER="$DEV_ISSUER" java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$OURS_PORT" \
  -jar "$ROOT/target/quarkus-app/quarkus-run.jar" >"$RESULTS/ours.log" 2>&1 &
SERVER_PID=$!
wait_for "$OURS_PORT" "our API" 120
run_suite ours "http://127.0.0.1:$OURS_PORT/graphql"
stop_server

log "starting @neo4j/graphql on port $REFERENCE_PORT"
PORT="$REFERENCE_PORT" NEO4J_URI="$BOLT" "$ROOT/bench/reference/start.sh" >"$RESULTS/reference.log" 2>&1 &
SERVER_PID=$!
wait_for "$REFERENCE_PORT" "@neo4j/graphql" 300
run_suite reference "http://127.0.0.1:$REFERENCE_PORT/"
stop_server

run_suite raw ""

log "writing docs/benchmarks.md and docs/benchmarks-p99.png"
harness report --results "$RESULTS" --suite "$ROOT/bench/suite" --out "$ROOT/docs/benchmarks.md" \
  --chart "$ROOT/docs/benchmarks-p99.png" --node "$(node --version)" --graph "$(cat "$NEO4J_LOCAL_HOME/generated")" \
  --bounds "a server warm-up of $SERVER_WARMUP s of unmeasured load over the whole suite for each system, then per query and level a warm-up $WARMUP and a run $RUN as requests:seconds, whichever first" | grep --line-buffered '\[harness\]'
log "done"
