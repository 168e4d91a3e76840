#!/usr/bin/env bash
# Bulk import of a directory of CSV files into Neo4j (docs/import.md):
#   scripts/bulk-import.sh [--uri bolt://localhost:7687] [--user neo4j] [--password batterygraph] [--batch 10000]
#                          [--rejects DIR/rejected.csv] [--no-progress] DIR
# Exit 0 when loaded (rejected rows are reported, not fatal), 1 bad arguments, 2 Neo4j unreachable, 3 Neo4j failed.
exec "$(dirname "${BASH_SOURCE[0]}")/java-main.sh" org.batterygraph.bulk.BulkImport "$@"
