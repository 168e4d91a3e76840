#!/usr/bin/env bash
# Refreshes the explorer's vendored browser libraries (docs/explorer.md, "Vendored libraries"):
#   scripts/vendor-frontend.sh
# For each pinned package below: `npm pack NAME@VERSION` from the npm registry, extract the built files the page
# loads and the package's licence into src/main/resources/META-INF/resources/explore/vendor/NAME/, and write
# vendor/manifest.json (package, version, licence, every file with its sha256). Rerunnable: the vendor directory is
# rebuilt from scratch each time. Needs npm and network access to the registry; the app build itself does not (the
# vendored files are committed), and VendoredFilesTest checks them against the manifest.
# To upgrade a library: change its version here, rerun, look at the page (and the browser tests), commit.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENDOR="$ROOT/src/main/resources/META-INF/resources/explore/vendor"

# NAME@VERSION  then the files to keep, relative to the package root (the licence is found and kept by itself)
PACKAGES=(
  "cytoscape@3.34.4 dist/cytoscape.min.js"
  "layout-base@2.0.1 layout-base.js"
  "cose-base@2.2.0 cose-base.js"
  "cytoscape-fcose@2.2.0 cytoscape-fcose.js"
  "internmap@2.0.3 dist/internmap.min.js"
  "d3-array@3.2.4 dist/d3-array.min.js"
  "d3-geo@3.1.2 dist/d3-geo.min.js"
  "topojson-client@3.1.0 dist/topojson-client.min.js"
  "us-atlas@3.0.1 states-10m.json"
  "world-atlas@2.0.2 countries-110m.json"
  "chart.js@4.6.1 dist/chart.umd.min.js"
)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rm -rf "$VENDOR"
mkdir -p "$VENDOR"
manifest="$work/manifest.json"
echo "[" > "$manifest"
first=1
for entry in "${PACKAGES[@]}"; do
  read -r spec files <<< "$entry"
  name="${spec%@*}"; version="${spec##*@}"
  mkdir -p "$work/$name"
  tarball="$(cd "$work/$name" && npm pack --silent "$spec" | tail -n 1)"
  tar -xzf "$work/$name/$tarball" -C "$work/$name"
  pkg="$work/$name/package"
  got="$(node -p "require('$pkg/package.json').version")"
  license="$(node -p "require('$pkg/package.json').license")"
  [[ "$got" == "$version" ]] || { echo "npm gave $name $got, wanted $version" >&2; exit 1; }
  licence_file="$(cd "$pkg" && ls | grep -iE '^(licen[cs]e|copying)' | head -n 1)"
  [[ -n "$licence_file" ]] || { echo "$spec has no licence file" >&2; exit 1; }
  mkdir -p "$VENDOR/$name"
  entries=""
  for f in $files "$licence_file"; do
    cp "$pkg/$f" "$VENDOR/$name/$(basename "$f")"
    sum="$(sha256sum "$VENDOR/$name/$(basename "$f")" | cut -d' ' -f1)"
    entries+="${entries:+,}
      {\"path\": \"$name/$(basename "$f")\", \"sha256\": \"$sum\"}"
  done
  [[ $first -eq 1 ]] || echo "," >> "$manifest"
  first=0
  printf '  {"package": "%s", "version": "%s", "license": "%s", "files": [%s\n  ]}' \
    "$name" "$version" "$license" "$entries" >> "$manifest"
  echo "vendored $name $version ($license)" >&2
done
printf '\n]\n' >> "$manifest"
cp "$manifest" "$VENDOR/manifest.json"
