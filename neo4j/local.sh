#!/usr/bin/env bash
# A real Neo4j 5.26 Community server for local development, from Maven Central jars only (no Docker, no install).
#
#   neo4j/local.sh start          start it in its own JVM (reuses a Neo4j already listening on the Bolt port)
#   neo4j/local.sh stop           stop the server this script started
#   neo4j/local.sh status         is it running, where
#   neo4j/local.sh cypher-shell   cypher-shell against it; extra arguments go to cypher-shell,
#                                 e.g. neo4j/local.sh cypher-shell "MATCH (n) RETURN labels(n)[0], count(*)"
#                                 or   neo4j/local.sh cypher-shell -f cypher/examples/01-memberships.cypher
#   neo4j/local.sh admin ARGS     neo4j-admin of the same jars and home, e.g. `admin database import full ...`
#                                 (offline: stop the server first; bench/run.sh loads a million nodes this way)
#
# Data, logs and config live in .neo4j/ at the project root (git-ignored) and survive restarts.
# Settings (environment): NEO4J_BOLT_PORT (7687), NEO4J_HTTP_PORT (7474), NEO4J_HEAP (512m),
# NEO4J_USERNAME (neo4j), NEO4J_PASSWORD (batterygraph: the local development password, loopback only),
# NEO4J_LOCAL_HOME (.neo4j), NEO4J_SERVER_POM (neo4j/server/pom.xml: the server's classpath; the benchmark
# passes bench/neo4j/pom.xml, which adds APOC; neo4j/compat.sh passes neo4j/server-current/pom.xml, a calendar
# release), NEO4J_SERVER_MAIN (org.neo4j.server.CommunityEntryPoint; 2025.x/2026.x: org.neo4j.server.Neo4jCommunity),
# JAVA_HOME (the JDK that runs the server; calendar releases need 21 or newer), NEO4J_AUTH_ENABLED (true; the
# compatibility run's throwaway server turns it off, as the test harness has it).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HOME_DIR="${NEO4J_LOCAL_HOME:-$ROOT/.neo4j}"
BOLT_PORT="${NEO4J_BOLT_PORT:-7687}"
HTTP_PORT="${NEO4J_HTTP_PORT:-7474}"
HEAP="${NEO4J_HEAP:-512m}"
USERNAME="${NEO4J_USERNAME:-neo4j}"
PASSWORD="${NEO4J_PASSWORD:-batterygraph}"
SERVER_POM="${NEO4J_SERVER_POM:-$ROOT/neo4j/server/pom.xml}"
SERVER_MAIN="${NEO4J_SERVER_MAIN:-org.neo4j.server.CommunityEntryPoint}"
PID_FILE="$HOME_DIR/run/neo4j.pid"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

log() { printf '[local-neo4j] %s\n' "$*" >&2; }

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Resolves a classpath from a helper pom once and caches it; re-resolves when the pom changes.
classpath() {
  local name="$1" pom="$2" out="$HOME_DIR/$1.classpath"
  if [[ ! -s "$out" || "$pom" -nt "$out" ]]; then
    mkdir -p "$HOME_DIR"
    log "resolving $name jars from Maven Central (first run only) ..."
    "$ROOT/mvnw" -q -B -f "$pom" dependency:build-classpath -Dmdep.outputFile="$out" >&2
  fi
  cat "$out"
}

write_config() {
  mkdir -p "$HOME_DIR/conf" "$HOME_DIR/data" "$HOME_DIR/logs" "$HOME_DIR/run" "$HOME_DIR/plugins" "$HOME_DIR/import"
  cat > "$HOME_DIR/conf/neo4j.conf" <<EOF
# Written by neo4j/local.sh on every start; edit the script, not this file.
server.default_listen_address=127.0.0.1
server.bolt.listen_address=127.0.0.1:$BOLT_PORT
server.bolt.advertised_address=127.0.0.1:$BOLT_PORT
server.http.listen_address=127.0.0.1:$HTTP_PORT
server.http.advertised_address=127.0.0.1:$HTTP_PORT
server.https.enabled=false
server.directories.data=$HOME_DIR/data
server.directories.logs=$HOME_DIR/logs
server.directories.run=$HOME_DIR/run
server.directories.plugins=$HOME_DIR/plugins
server.directories.import=$HOME_DIR/import
server.memory.heap.initial_size=$HEAP
server.memory.heap.max_size=$HEAP
server.memory.pagecache.size=256m
dbms.usage_report.enabled=false
dbms.security.auth_enabled=${NEO4J_AUTH_ENABLED:-true}
db.logs.query.enabled=OFF
${NEO4J_TX_MONITOR_INTERVAL:+db.transaction.monitor.check.interval=$NEO4J_TX_MONITOR_INTERVAL}
EOF
}

# "Started." lines in the server's log: one more once a start has finished.
started_count() { local n; n="$(grep -c 'INFO  Started\.$' "$HOME_DIR/logs/neo4j.log" 2>/dev/null)" || true; echo "${n:-0}"; }

running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid; pid="$(cat "$PID_FILE")"
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

start() {
  if listening "$BOLT_PORT"; then
    log "a Neo4j already listens on 127.0.0.1:$BOLT_PORT: reusing it"
    return 0
  fi
  local cp; cp="$(classpath server "$SERVER_POM")"
  write_config
  if [[ ! -f "$HOME_DIR/data/dbms/auth.ini" ]]; then
    NEO4J_HOME="$HOME_DIR" NEO4J_CONF="$HOME_DIR/conf" \
      "$JAVA" -cp "$cp" org.neo4j.cli.AdminTool dbms set-initial-password "$PASSWORD" >"$HOME_DIR/logs/admin.log" 2>&1 \
      || { log "setting the initial password failed, see $HOME_DIR/logs/admin.log"; return 1; }
  fi
  log "starting Neo4j (bolt://127.0.0.1:$BOLT_PORT, http://127.0.0.1:$HTTP_PORT/browser/, data in $HOME_DIR/data)"
  local started_before; started_before="$(started_count)"
  NEO4J_HOME="$HOME_DIR" NEO4J_CONF="$HOME_DIR/conf" nohup "$JAVA" "-Xmx$HEAP" -XX:+UseG1GC \
    -cp "$cp" "$SERVER_MAIN" --home-dir="$HOME_DIR" --config-dir="$HOME_DIR/conf" \
    >"$HOME_DIR/logs/console.log" 2>&1 </dev/null &
  echo $! > "$PID_FILE"
  local waited=0
  # Bolt (and the HTTP socket) open seconds before the databases are available: wait for the server's "Started."
  # too, so that "up" means serving (docs/operations.md, recovery).
  until listening "$BOLT_PORT" && (( $(started_count) > started_before )); do
    if ! kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
      log "Neo4j exited during start; last lines of $HOME_DIR/logs/console.log:"; tail -n 20 "$HOME_DIR/logs/console.log" >&2
      return 1
    fi
    if (( waited >= 480 )); then log "Neo4j was not serving within 120 s"; return 1; fi
    sleep 0.25; waited=$((waited + 1))
  done
  log "Neo4j is up (pid $(cat "$PID_FILE"))"
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then log "no Neo4j started by this script is running"; rm -f "$PID_FILE"; return 0; fi
  log "stopping Neo4j (pid $pid)"
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || { rm -f "$PID_FILE"; log "stopped"; return 0; }; sleep 0.5; done
  log "Neo4j did not stop within 30 s; killing it"; kill -9 "$pid" 2>/dev/null || true; rm -f "$PID_FILE"
}

status() {
  local pid
  if pid="$(running_pid)"; then echo "running (pid $pid), bolt://127.0.0.1:$BOLT_PORT, http://127.0.0.1:$HTTP_PORT/browser/"
  elif listening "$BOLT_PORT"; then echo "a Neo4j not started by this script listens on 127.0.0.1:$BOLT_PORT"
  else echo "not running"; return 3; fi
}

shell() {
  local cp; cp="$(classpath shell "$ROOT/neo4j/shell/pom.xml")"
  exec "$JAVA" -cp "$cp" org.neo4j.shell.Main -a "${NEO4J_URI:-bolt://127.0.0.1:$BOLT_PORT}" -u "$USERNAME" -p "$PASSWORD" "$@"
}

# neo4j-admin of the same server jars, on this server's home and configuration (e.g. `database import full`).
admin() {
  local cp; cp="$(classpath server "$SERVER_POM")"
  write_config
  NEO4J_HOME="$HOME_DIR" NEO4J_CONF="$HOME_DIR/conf" exec "$JAVA" -cp "$cp" org.neo4j.cli.AdminTool "$@"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  cypher-shell) shift; shell "$@" ;;
  admin) shift; admin "$@" ;;
  *) sed -n '2,21p' "$0"; exit 2 ;;
esac
