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
  "$exe" --text --quiet --out-dir "$out" "$shared/datasets/wcxb-dev-text" || true
else
  "$exe" --html --quiet --out-dir "$out" "$shared/datasets/wcxb-dev/html" || true
fi
python3 "$shared/eval/score.py" --dataset "$shared/datasets/wcxb-dev" --pred "$out" "$@"
