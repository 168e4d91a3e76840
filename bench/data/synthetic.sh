#!/usr/bin/env bash
# Loads bench/data/synthetic.cypher with about NODES nodes into the Neo4j neo4j/local.sh points at (environment
# as for neo4j/local.sh). The fallback of bench/run.sh while scripts/generate-synthetic.sh is not there.
#   bench/data/synthetic.sh NODES
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
nodes="${1:?usage: synthetic.sh NODES}"
at_least() { (( $1 > $2 )) && echo "$1" || echo "$2"; }
subdivisions=$(at_least $((nodes / 200)) 20)
materials=$(at_least $((nodes / 100)) 20)
consortia=$(at_least $((nodes / 100)) 10)
organizations=$((nodes * 35 / 100))
facilities=$((nodes - 50 - subdivisions - materials - consortia - organizations))
"$ROOT/neo4j/local.sh" cypher-shell \
  --param "subdivisions => $subdivisions" --param "materials => $materials" --param "consortia => $consortia" \
  --param "organizations => $organizations" --param "facilities => $facilities" \
  -f "$ROOT/bench/data/synthetic.cypher"
