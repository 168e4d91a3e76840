#!/usr/bin/env bash
# Compatibility run: the test suite against the current Neo4j release (neo4j/server-current/pom.xml, a calendar
# release), a Community server in its own JVM on a newer JDK (calendar releases need Java 21+; Temurin 25 here),
# started by neo4j/local.sh with a fresh, empty database, and stopped again at the end. The application and the
# tests stay on the build's JDK; only the server differs. docs/operations.md has the figures of the last run.
#
#   neo4j/compat.sh               (also run by .ci/run after ./mvnw verify)
#   neo4j/compat.sh --check       only check that it can run (a JDK 21+, a free port): .ci/run does, before verify
#
# Settings (environment): NEO4J_COMPAT_JAVA_HOME (/usr/lib/jvm/temurin-25-jdk-amd64), NEO4J_COMPAT_BOLT_PORT (7697),
# NEO4J_COMPAT_HTTP_PORT (7484), NEO4J_COMPAT_HOME (target/neo4j-current: removed and made again on each run).
#
# Left out, because they need the in-process harness: OutageTest (stops and starts its own Neo4j under load) and
# the *IT of the packaged application (stops and starts the harness it connects to). Every Cypher statement the
# application sends runs in the tests that remain (the suite's round-trip and query tests cover every root field,
# mutation, the start-up schema and seed load, POST /cypher; the tools module's tests, run after the API's, cover
# the bulk import).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COMPAT_JAVA="${NEO4J_COMPAT_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
BOLT_PORT="${NEO4J_COMPAT_BOLT_PORT:-7697}"
HTTP_PORT="${NEO4J_COMPAT_HTTP_PORT:-7484}"
HOME_DIR="${NEO4J_COMPAT_HOME:-$ROOT/target/neo4j-current}"
POM="$ROOT/neo4j/server-current/pom.xml"
VERSION="$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$POM")"

log() { printf '[neo4j-compat] %s\n' "$*" >&2; }

if [[ ! -x "$COMPAT_JAVA/bin/java" ]]; then
  log "no JDK at $COMPAT_JAVA: Neo4j $VERSION needs Java 21 or newer (set NEO4J_COMPAT_JAVA_HOME to one)"
  exit 2
fi
if (exec 3<>"/dev/tcp/127.0.0.1/$BOLT_PORT") 2>/dev/null; then
  log "something already listens on 127.0.0.1:$BOLT_PORT; set NEO4J_COMPAT_BOLT_PORT to a free port"
  exit 2
fi
if [[ "${1:-}" == --check ]]; then
  exit 0
fi

server() {
  JAVA_HOME="$COMPAT_JAVA" NEO4J_SERVER_POM="$POM" NEO4J_SERVER_MAIN=org.neo4j.server.Neo4jCommunity \
    NEO4J_LOCAL_HOME="$HOME_DIR" NEO4J_BOLT_PORT="$BOLT_PORT" NEO4J_HTTP_PORT="$HTTP_PORT" NEO4J_AUTH_ENABLED=false \
    NEO4J_TX_MONITOR_INTERVAL=50ms \
    "$ROOT/neo4j/local.sh" "$@"
}

rm -rf "$HOME_DIR"
trap 'server stop || true' EXIT
start=$(date +%s)
server start
log "Neo4j $VERSION up on bolt://127.0.0.1:$BOLT_PORT after $(( $(date +%s) - start )) s; running the tests against it"
tests_start=$(date +%s)
LOG="$ROOT/target/neo4j-current-tests.log"
mkdir -p "$ROOT/target"
set +e
"$ROOT/mvnw" -B -f "$ROOT/pom.xml" test -Dbattery.test.neo4j.uri="bolt://127.0.0.1:$BOLT_PORT" -Dtest='!OutageTest,!*IT' \
  -Dsurefire.failIfNoSpecifiedTests=false 2>&1 | tee "$LOG"
status=${PIPESTATUS[0]}
total() { grep -E '^\[(INFO|ERROR|WARNING)\] Tests run: [0-9]+, Failures' "$1" | tail -n 1 | sed 's/^\[[A-Z]*\] //'; }
summary="$(total "$LOG")"
if (( status == 0 )); then # the tools module (bulk import, generator) against the same server
  TOOLS_LOG="$ROOT/target/neo4j-current-tools-tests.log"
  "$ROOT/mvnw" -B -f "$ROOT/tools/pom.xml" test -Dbattery.test.neo4j.uri="bolt://127.0.0.1:$BOLT_PORT" 2>&1 | tee "$TOOLS_LOG"
  status=${PIPESTATUS[0]}
  summary="$summary; tools: $(total "$TOOLS_LOG")"
fi
set -e
if (( status != 0 )); then
  log "FAILED against Neo4j $VERSION after $(( $(date +%s) - tests_start )) s: $summary (log: $LOG)"
  exit "$status"
fi
log "test suite passed against Neo4j $VERSION in $(( $(date +%s) - tests_start )) s: $summary"
