#!/usr/bin/env bash
# Imports the open datasets (docs/import.md, "Open datasets") into Neo4j: the vendored files of data/external/, or
# the next release of a dataset given as a file:
#   scripts/import-datasets.sh [--uri bolt://localhost:7687] [--user neo4j] [--password batterygraph] [--no-progress]
#                              [--report FILE.md] [--usgs FILE]... [--deposits FILE] [--cim FILE] [--federal FILE] [--post-ira FILE]
# Exit 0 imported (rejected rows and refused vendored files are reported), 1 bad arguments, 2 Neo4j unreachable,
# 3 Neo4j failed, 4 a file given on the command line was refused (nothing of it loaded).
exec "$(dirname "${BASH_SOURCE[0]}")/java-main.sh" org.batterygraph.bulk.ImportDatasets "$@"
