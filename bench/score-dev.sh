#!/usr/bin/env bash
# Scores pith on the WCXB dev set with the shared scorer.
#   bench/score-dev.sh text [OUT]   text mode on ../shared/datasets/wcxb-dev-text
#   bench/score-dev.sh html [OUT]   HTML mode on ../shared/datasets/wcxb-dev/html
# Extra arguments after OUT go to score.py (e.g. --per-page OUT.tsv --json).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${PITH_SHARED:-$here/../shared}
mode=${1:?usage: score-dev.sh text|html [OUT] [score.py args]}
out=${2:-/tmp/pith-dev-$mode}
shift $(( $# >= 2 ? 2 : 1 ))
exe=${PITH_EXE:-$here/build/pith}
rm -rf "$out" && mkdir -p "$out"
if [ "$mode" = text ]; then
  for f in "$shared"/datasets/wcxb-dev-text/*.txt; do
    id=$(basename "$f" .txt)
    "$exe" --text "$f" > "$out/$id.txt" 2>/dev/null || true
  done
else
  for f in "$shared"/datasets/wcxb-dev/html/*.html.gz; do
    id=$(basename "$f" .html.gz)
    zcat "$f" | "$exe" --html - > "$out/$id.txt" 2>/dev/null || true
  done
fi
python3 "$shared/eval/score.py" --dataset "$shared/datasets/wcxb-dev" --pred "$out" "$@"
