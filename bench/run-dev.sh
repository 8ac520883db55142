#!/usr/bin/env bash
# Cleans a dataset's pages with pith (HTML mode) and scores the output with
# the shared scorer. Usage: bench/run-dev.sh [DATASET_DIR] [OUT_DIR] [score.py args...]
# Default dataset: ../shared/datasets/wcxb-dev, next to the repository.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
dataset=${1:-$here/../shared/datasets/wcxb-dev}
out=${2:-/tmp/pith-html-out}
shift $(( $# > 2 ? 2 : $# )) || true
batch=${PITH_BATCH:-$here/build/pith_batch}
mkdir -p "$out"
files=("$dataset"/html/*.html.gz)
half=$(( (${#files[@]} + 1) / 2 ))
"$batch" "$out" "${files[@]:0:$half}" & "$batch" "$out" "${files[@]:$half}"; wait
python3 "$here/../shared/eval/score.py" --dataset "$dataset" --pred "$out" "$@"
