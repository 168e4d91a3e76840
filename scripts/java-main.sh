#!/usr/bin/env bash
# Runs a plain Java main of this project with the project classpath (no Quarkus runtime):
#   scripts/java-main.sh org.batterygraph.bulk.BulkImport ARGS...
# Compiles and resolves the classpath only when sources or pom.xml changed since the last run (a few seconds then);
# otherwise it starts the JVM directly.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
CLASSPATH_FILE=target/bulk.classpath
stamp=target/classes/.bulk-compiled
if [[ ! -s "$CLASSPATH_FILE" || ! -f "$stamp" || pom.xml -nt "$stamp" \
      || -n "$(find src/main cypher -newer "$stamp" -type f -print -quit 2>/dev/null)" ]]; then
  echo "compiling (sources or pom.xml changed) ..." >&2
  ./mvnw -q -B compile dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$CLASSPATH_FILE" >&2
  touch "$stamp"
fi
main="$1"; shift
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" ${JAVA_OPTS:-} -cp "target/classes:$(cat "$CLASSPATH_FILE")" "$main" "$@"
