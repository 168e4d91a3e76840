#!/usr/bin/env bash
# README command 1's first start on an empty database, open datasets included (docs/import.md, "Measured"):
#   scripts/measure-first-start.sh [RUNS]
# Each run deletes its own Neo4j home (target/first-start-neo4j) and runs `./mvnw quarkus:dev` on its own ports:
# NEO4J_BOLT_PORT (7999), NEO4J_HTTP_PORT (7786), APP_PORT (8392); it polls GraphQL until a dataset value answers
# (deposit:busch-9, Thacker Pass), prints the time and the app's log lines (seed, dataset import, ready), then
# stops the app and its Neo4j.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEO4J_BOLT_PORT="${NEO4J_BOLT_PORT:-7999}" NEO4J_HTTP_PORT="${NEO4J_HTTP_PORT:-7786}"
export NEO4J_LOCAL_HOME="$PWD/target/first-start-neo4j" NEO4J_URI="bolt://127.0.0.1:$NEO4J_BOLT_PORT"
APP="${APP_PORT:-8392}"
query='{"query":"{ deposit(id: \"deposit:busch-9\") { name } facility(id: \"facility:ultium-warren\") { capexMusd2023 } }"}'
mkdir -p target
for run in $(seq 1 "${1:-1}"); do
  neo4j/local.sh stop >/dev/null 2>&1 || true
  rm -rf "$NEO4J_LOCAL_HOME"
  log="target/measure-first-start-$run.log"
  start=$(date +%s%N)
  setsid ./mvnw -B quarkus:dev -Dquarkus.console.enabled=false -Ddebug=false -Dquarkus.http.port="$APP" >"$log" 2>&1 &
  pid=$!
  trap 'kill -TERM -- -$pid 2>/dev/null || true; wait $pid 2>/dev/null || true; neo4j/local.sh stop >/dev/null 2>&1 || true' EXIT
  until answer=$(curl -sf -H 'content-type: application/json' -d "$query" "http://localhost:$APP/graphql") \
        && [[ "$answer" == *Thacker* ]]; do
    kill -0 $pid 2>/dev/null || { echo "quarkus:dev exited; see $log"; exit 1; }
    sleep 0.2
  done
  end=$(date +%s%N)
  echo "run $run: first answer with the datasets $(( (end - start) / 1000000 )) ms after ./mvnw quarkus:dev: $answer"
  grep -E "Local Neo4j started|Seed loaded|Datasets imported|Dataset file refused|Knowledge graph ready" "$log" \
    | sed -E 's/^.*(INFO|WARN)/  log: \1/' || true
  kill -TERM -- -$pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  neo4j/local.sh stop >/dev/null 2>&1 || true
  trap - EXIT
done
