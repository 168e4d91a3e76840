#!/usr/bin/env bash
# Runs a main of the tools module (tools/: bulk import, synthetic graph, neo4j-admin import files) with its classpath,
# no Quarkus runtime and nothing of the API's but its model:
#   scripts/java-main.sh org.batterygraph.bulk.BulkImport ARGS...
# Compiles and resolves the classpath only when the tools' sources, the API's model, cypher/ or tools/pom.xml changed
# since the last run (a few seconds then); otherwise it starts the JVM directly.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TOOLS=tools/target
CLASSPATH_FILE=$TOOLS/tools.classpath
stamp=$TOOLS/classes/.tools-compiled
if [[ ! -s "$CLASSPATH_FILE" || ! -f "$stamp" || tools/pom.xml -nt "$stamp" \
      || -n "$(find tools/src/main src/main/java/org/batterygraph/model src/main/java/org/batterygraph/dataset src/main/java/org/batterygraph/neo4j/CypherScript.java \
               cypher -newer "$stamp" -type f -print -quit 2>/dev/null)" ]]; then
  echo "compiling the tools (sources or pom.xml changed) ..." >&2
  ./mvnw -q -B -f tools/pom.xml compile dependency:build-classpath -DincludeScope=runtime \
    -Dmdep.outputFile="$ROOT/$CLASSPATH_FILE" >&2
  touch "$stamp"
fi
main="$1"; shift
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" ${JAVA_OPTS:-} -cp "$TOOLS/classes:$(cat "$CLASSPATH_FILE")" "$main" "$@"
