#!/usr/bin/env bash
# Starts the @neo4j/graphql benchmark peer on 127.0.0.1:$PORT (4000), running `npm ci` first when node_modules is
# missing. Environment: PORT, NEO4J_URI (bolt://127.0.0.1:7688), NEO4J_USERNAME (neo4j), NEO4J_PASSWORD.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
if [[ ! -d node_modules ]]; then
  npm ci --no-audit --no-fund
fi
exec node server.mjs
