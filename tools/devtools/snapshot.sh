#!/usr/bin/env bash
# Writes pith's text, JSON (every block with its reason) and --explain output
# for every dev and raw page into OUT, so that a refactor can be checked to
# change nothing: run it before and after, then `diff -r BEFORE AFTER`.
#   tools/devtools/snapshot.sh OUT [PITH]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
shared=$(cd "${PITH_SHARED:-$here/../shared}" && pwd)
out=${1:?usage: snapshot.sh OUT [PITH]}
exe=${2:-$here/build/pith}
rm -rf "$out" && mkdir -p "$out"
sets=("html:$shared/datasets/wcxb-dev/html" "text:$shared/datasets/wcxb-dev-text"
      "html:$shared/datasets/raw-pages/html")
for entry in "${sets[@]}"; do
  mode=${entry%%:*}
  dir=${entry#*:}
  name=$(basename "$(dirname "$dir")")-$(basename "$dir")
  for format in text json; do
    "$exe" "--$mode" --quiet -j 2 --format "$format" --out-dir "$out/$name-$format" "$dir" || true
  done
  "$exe" "--$mode" --quiet -j 2 --explain --out-dir "$out/$name-explain" "$dir" || true
done
