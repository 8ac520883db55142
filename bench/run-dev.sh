#!/usr/bin/env bash
# Runs `pith --html` over a dataset's pages and scores the output with the
# shared scorer. Usage: bench/run-dev.sh [DATASET_DIR] [OUT_DIR] [extra score.py args]
# Default dataset: ../shared/datasets/wcxb-dev (relative to the repository).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dataset=${1:-$here/../shared/datasets/wcxb-dev}
out=${2:-/tmp/pith-html-out}
shift $(( $# > 2 ? 2 : $# )) || true
pith=${PITH:-$here/build/pith}
mkdir -p "$out"
ls "$dataset"/html/*.html.gz | xargs -P 2 -I{} sh -c 'id=$(basename {} .html.gz); "$0" --html {} > "$1/$id.txt" 2>/dev/null || true' "$pith" "$out"
python3 "$here/../shared/eval/score.py" --dataset "$dataset" --pred "$out" "$@"
