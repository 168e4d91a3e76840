#!/usr/bin/env bash
# A synthetic battery-ecosystem graph in the bulk import layout (docs/import.md), deterministic for a seed:
#   scripts/generate-synthetic.sh [--nodes 1000000] [--seed 42] [--id-prefix P] OUT_DIR
# Default: 1M nodes, about 5M relationships. Write it under target/ or /tmp, never into the repository.
exec "$(dirname "${BASH_SOURCE[0]}")/java-main.sh" org.batterygraph.bulk.SyntheticGraph "$@"
