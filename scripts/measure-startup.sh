#!/usr/bin/env bash
# Measures README command 1: the time from `./mvnw quarkus:dev` to the first GraphQL answer from Neo4j data.
#   scripts/measure-startup.sh          # whatever state .neo4j/ is in (first run includes downloads)
#   scripts/measure-startup.sh --cold   # local Neo4j stopped first, so it is started by the app
# Prints one line per run; docs/startup.md records the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ "${1:-}" == "--cold" ]] && neo4j/local.sh stop >/dev/null 2>&1 || true
log="target/measure-startup.log"
mkdir -p target
start=$(date +%s%N)
setsid ./mvnw -B quarkus:dev -Dquarkus.console.enabled=false >"$log" 2>&1 &
pid=$!
trap 'kill -TERM -- -$pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
query='{"query":"{ organizations(first: 1) { nodes { id name } } }"}'
until answer=$(curl -sf -H 'content-type: application/json' -d "$query" http://localhost:8080/graphql) \
      && [[ "$answer" == *'"nodes":[{'* ]]; do
  kill -0 $pid 2>/dev/null || { echo "quarkus:dev exited; see $log"; exit 1; }
  sleep 0.2
done
end=$(date +%s%N)
echo "first GraphQL answer $(( (end - start) / 1000000 )) ms after ./mvnw quarkus:dev: $answer"
grep -E "Local Neo4j started|Using the Neo4j already|Knowledge graph ready|Seed (loaded|skipped)" "$log" | sed 's/^/  log: /' || true
