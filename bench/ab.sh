#!/usr/bin/env bash
# A/B of our API between two commits, in one run, on the graph bench/run.sh loaded (issue #12: did a change make
# the request path slower?):
#
#   bench/ab.sh [--rounds 3] [--queries 01-lookup,04-relationship-properties,08-nested-filter,09-full-text]
#               BASE [CANDIDATE]        (commits; CANDIDATE defaults to HEAD)
#
# Builds each commit's app in its own git worktree (bench/ab/<commit>, reused), then runs, round after round, each
# app in turn (the order alternates: A B, B A, ...) against the bench Neo4j with the harness and each commit's own
# bench/suite documents for the chosen queries. Both are measured minutes apart on the same machine, so load from
# other work falls on both; the report gives, per query and level, the median over the rounds of rps and p50 for
# each commit, their ratios (candidate/base) and the geometric means. It is written to bench/results/ab.md and to
# stdout. Environment as bench/run.sh (BENCH_CONCURRENCY, default 1,4 here; BENCH_WARMUP; BENCH_RUN;
# BENCH_SERVER_WARMUP, default 30 here; BENCH_SERVER_CPUS and BENCH_CLIENT_CPUS, taskset CPU lists that pin the API
# and the harness apart, e.g. 0 and 1, to tell a cost of the server from contention with the client; Neo4j is not
# pinned). Mutations (query 11) are not supported.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS=3
QUERIES=01-lookup,04-relationship-properties,08-nested-filter,09-full-text
COMMITS=()
while (( $# )); do
  case "$1" in
    --rounds) ROUNDS="$2"; shift 2 ;;
    --queries) QUERIES="$2"; shift 2 ;;
    -*) sed -n '2,17p' "$0"; exit 2 ;;
    *) COMMITS+=("$1"); shift ;;
  esac
done
(( ${#COMMITS[@]} >= 1 && ${#COMMITS[@]} <= 2 )) || { sed -n '2,17p' "$0"; exit 2; }
BASE=$(git -C "$ROOT" rev-parse --short "${COMMITS[0]}^{commit}")
CANDIDATE=$(git -C "$ROOT" rev-parse --short "${COMMITS[1]:-HEAD}^{commit}")

export NEO4J_SERVER_POM="$ROOT/bench/neo4j/pom.xml" NEO4J_LOCAL_HOME="$ROOT/.neo4j-bench" NEO4J_BOLT_PORT=7688 \
  NEO4J_HTTP_PORT=7475 NEO4J_HEAP=2g NEO4J_USERNAME=neo4j NEO4J_PASSWORD="${BENCH_NEO4J_PASSWORD:-bench-local}"
BOLT="bolt://127.0.0.1:$NEO4J_BOLT_PORT"
RESULTS="$ROOT/bench/results/ab"
HARNESS="$ROOT/bench/harness/target/bench-harness.jar"
CONCURRENCY="${BENCH_CONCURRENCY:-1,4}"
WARMUP="${BENCH_WARMUP:-300:3}"
RUN="${BENCH_RUN:-3000:6}"
SERVER_WARMUP="${BENCH_SERVER_WARMUP:-30}"
PORT=8090
# taskset execs the command it pins, so the pid of a pinned server in the background is the JVM's own
SERVER_PIN=(); [[ -z "${BENCH_SERVER_CPUS:-}" ]] || SERVER_PIN=(taskset -c "$BENCH_SERVER_CPUS")
CLIENT_PIN=(); [[ -z "${BENCH_CLIENT_CPUS:-}" ]] || CLIENT_PIN=(taskset -c "$BENCH_CLIENT_CPUS")

log() { printf '[%s] [ab] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
[[ -f "$NEO4J_LOCAL_HOME/generated" ]] || { log "no bench graph in $NEO4J_LOCAL_HOME: run bench/run.sh first"; exit 1; }
! listening "$PORT" || { log "port $PORT is in use"; exit 1; }

STARTED_NEO4J=false
SERVER_PID=""
stop_server() {
  if [[ -n "$SERVER_PID" ]] && kill -0 "$SERVER_PID" 2>/dev/null; then kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; fi
  SERVER_PID=""
}
cleanup() { stop_server; if $STARTED_NEO4J; then "$ROOT/neo4j/local.sh" stop; fi; }
trap cleanup EXIT
trap 'exit 130' INT TERM

rm -rf "$RESULTS" && mkdir -p "$RESULTS"
log "building the harness"
"$ROOT/mvnw" -q -B -f "$ROOT/bench/harness/pom.xml" package
for commit in "$BASE" "$CANDIDATE"; do
  tree="$ROOT/bench/ab/$commit"
  [[ -d "$tree" ]] || git -C "$ROOT" worktree add -q --detach "$tree" "$commit"
  if [[ ! -f "$tree/target/quarkus-app/quarkus-run.jar" ]]; then
    log "building $commit"
    (cd "$tree" && ./mvnw -q -B -o package -DskipTests || ./mvnw -q -B package -DskipTests)
  fi
  mkdir -p "$RESULTS/suite-$commit"
  for q in ${QUERIES//,/ }; do
    [[ -d "$tree/bench/suite/$q" ]] || { log "$commit has no bench/suite/$q"; exit 1; }
    cp -r "$tree/bench/suite/$q" "$RESULTS/suite-$commit/"
  done
done

if listening "$NEO4J_BOLT_PORT"; then log "reusing the Neo4j on $BOLT"; else "$ROOT/neo4j/local.sh" start; STARTED_NEO4J=true; fi

measure() { # commit, round
  local tree="$ROOT/bench/ab/$1" waited=0
  NEO4J_URI="$BOLT" BATTERY_SEED_MODE=NEVER BATTERY_DATASETS=NEVER BATTERY_JWT_PUBLIC_KEY_LOCATION="$ROOT/dev/jwt/public-key.pem" \
    BATTERY_JWT_ISSUER=https://battery-graph.local/dev "${SERVER_PIN[@]}" java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
    -jar "$tree/target/quarkus-app/quarkus-run.jar" >"$RESULTS/$1-$2.log" 2>&1 &
  SERVER_PID=$!
  until listening "$PORT"; do
    kill -0 "$SERVER_PID" 2>/dev/null || { log "$1 exited: $RESULTS/$1-$2.log"; exit 1; }
    (( waited++ < 240 )) || { log "$1 did not listen within 120 s"; exit 1; }
    sleep 0.5
  done
  log "round $2: $1"
  "${CLIENT_PIN[@]}" java -jar "$HARNESS" run --contender ours --url "http://127.0.0.1:$PORT/graphql" --suite "$RESULTS/suite-$1" \
    --out "$RESULTS/$1-$2.json" --schema "$tree/docs/schema.graphql" --concurrency "$CONCURRENCY" \
    --warmup "$WARMUP" --run "$RUN" --server-warmup "$SERVER_WARMUP" \
    --bolt "$BOLT" --user neo4j --password "$NEO4J_PASSWORD" | grep --line-buffered '\[harness\]' >&2
  stop_server
}

for (( round = 1; round <= ROUNDS; round++ )); do
  if (( round % 2 )); then measure "$BASE" "$round"; measure "$CANDIDATE" "$round"
  else measure "$CANDIDATE" "$round"; measure "$BASE" "$round"; fi
done

python3 - "$RESULTS" "$BASE" "$CANDIDATE" "$ROUNDS" "$(cat "$NEO4J_LOCAL_HOME/generated")" <<'EOF' | tee "$ROOT/bench/results/ab.md"
import json, math, statistics, sys
results, base, cand, rounds, graph = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5]
def load(commit):
    runs = [json.load(open(f"{results}/{commit}-{r}.json")) for r in range(1, rounds + 1)]
    cells = {}
    for run in runs:
        for q in run["queries"]:
            for lv in q["levels"]:
                if lv.get("errors", 0) == 0 and lv.get("rps"):
                    cells.setdefault((q["id"], lv["concurrency"]), []).append(lv)
    return runs, cells
bruns, b = load(base)
cruns, c = load(cand)
print(f"A/B of our API on {graph}: base {base}, candidate {cand}, {rounds} rounds (order alternating), "
      f"medians over the rounds; load average (1 min) at each run's start: base "
      f"{', '.join(str(r['loadAverage']) for r in bruns)}; candidate {', '.join(str(r['loadAverage']) for r in cruns)}.\n")
print(f"| query | clients | {base} rps | {cand} rps | rps {cand}/{base} | {base} p50 | {cand} p50 | p50 {cand}/{base} |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
rr, pr = [], []
for key in sorted(set(b) & set(c)):
    med = lambda cells, f: statistics.median(x[f] for x in cells)
    br, cr, bp, cp = med(b[key], "rps"), med(c[key], "rps"), med(b[key], "p50"), med(c[key], "p50")
    rr.append(cr / br); pr.append(cp / bp)
    print(f"| {key[0]} | {key[1]} | {br:.1f} | {cr:.1f} | {cr/br:.2f} | {bp:.2f} | {cp:.2f} | {cp/bp:.2f} |")
g = lambda xs: math.exp(sum(map(math.log, xs)) / len(xs))
print(f"| geometric mean | | | | {g(rr):.2f} | | | {g(pr):.2f} |")
missing = sorted(set(b) ^ set(c))
if missing:
    print(f"\nNot compared (failed or missing in one commit): {', '.join(f'{q} c={n}' for q, n in missing)}")
EOF
