#!/usr/bin/env bash
# Copies the open datasets the importers read into data/external/<dataset>/ unchanged and writes each folder's
# manifest.json (origin repository, commit and path, release, licence, citation, every file with its sha256):
#   scripts/vendor-datasets.sh [SOURCE_DIR]      # default ../shared/datasets (a copy of the upstream files)
# Rerunnable: each dataset folder is rebuilt from SOURCE_DIR. DatasetManifestTest checks the files against the
# manifests; ATTRIBUTION.md in each folder is written by hand and kept. To vendor a new release: copy its files
# here under a new folder (or replace the old one), update the entry below, rerun, commit (docs/import.md).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SRC="${1:-$ROOT/../shared/datasets}"
OUT="$ROOT/data/external"

# folder | files (relative to SRC/folder) | title | release | licence | citation | origin repository | commit | origin path
DATASETS=(
  "cim-2024q4|README_CIM.txt manufacturing_energy_and_industry_facility_metadata.csv federal_actual_investment_by_category.csv|Clean Investment Monitor: manufacturing, industrial, and energy facility metadata|2024_Q4.20250218.0|CC BY 4.0|Clean Investment Monitor, Rhodium Group & MIT CEEPR, release 2024_Q4.20250218.0 (cleaninvestmentmonitor.org)|theomoers/clean-energy-investment|88a79a1|data/"
  "lithium-deposits|Deposit.csv LICENSE Parameters-README.md|Lithium deposits (Critical-Minerals-EV, Parameters/Deposit.csv)|2aafd29 (2025-07-15)|MIT|P. Busch et al., Critical-Minerals-EV, Parameters/Deposit.csv (github.com/pmbusch/Critical-Minerals-EV, commit 2aafd29)|pmbusch/Critical-Minerals-EV|2aafd29|Parameters/Deposit.csv"
  "post-ira-investments|post-ira-ev-supply-chain-investments.csv LICENSE|North American EV supply-chain investments before and after the Inflation Reduction Act (supplementary table S9)|3a331aa (2024-09-27)|MIT|A. Cheng et al., NA-EV-Battery-Supply-Chain-Mapping, supplementary table S9 (github.com/acheng98/NA-EV-Battery-Supply-Chain-Mapping, commit 3a331aa); rows derive from the DOE/Argonne supply-chain dataset and the Turner dataset|acheng98/NA-EV-Battery-Supply-Chain-Mapping|3a331aa|SI. IRA Incentives - S9. Post-IRA EV Supply Chain Investments.csv (renamed post-ira-ev-supply-chain-investments.csv)"
  "usgs-mcs|$(cd "$SRC/usgs-mcs" && find 2022 2023 2024 -type f | sort | tr '\n' ' ')|USGS Mineral Commodity Summaries data releases 2022, 2023, 2024 (lithium, cobalt, nickel, graphite, manganese)|MCS 2022, MCS 2023, MCS 2024|US public domain (metadata use constraints: none)|U.S. Geological Survey, Mineral Commodity Summaries <edition> Data Release (2024: doi 10.5066/P9WCYUI6)|Redliana/cmm-data|99a987b|API_Scripts/usgs_mcs_data/{2022,2023,2024}/ (the 2022 names had a commodity prefix, dropped)"
)

json() { # a JSON string
  local s="${1//\\/\\\\}"; s="${s//\"/\\\"}"; printf '"%s"' "$s"
}

for entry in "${DATASETS[@]}"; do
  IFS='|' read -r folder files title release licence citation repo commit path <<< "$entry"
  mkdir -p "$OUT/$folder"
  find "$OUT/$folder" -type f ! -name ATTRIBUTION.md -delete
  {
    printf '{\n  "dataset": %s,\n  "title": %s,\n  "release": %s,\n  "licence": %s,\n  "citation": %s,\n' \
      "$(json "$folder")" "$(json "$title")" "$(json "$release")" "$(json "$licence")" "$(json "$citation")"
    printf '  "origin": {"repository": %s, "commit": %s, "path": %s},\n  "files": [\n' \
      "$(json "$repo")" "$(json "$commit")" "$(json "$path")"
    first=1
    for f in $files; do
      mkdir -p "$(dirname "$OUT/$folder/$f")"
      cp "$SRC/$folder/$f" "$OUT/$folder/$f"
      chmod u+w "$OUT/$folder/$f"
      sum="$(sha256sum "$OUT/$folder/$f" | cut -d' ' -f1)"
      [[ $first == 1 ]] || printf ',\n'
      first=0
      printf '    {"path": %s, "sha256": "%s"}' "$(json "$f")" "$sum"
    done
    printf '\n  ]\n}\n'
  } > "$OUT/$folder/manifest.json"
  echo "$folder: $(echo $files | wc -w) files"
done
