#!/usr/bin/env bash
# Trains the learned block models from the shared dev data into the committed
# tables, in one command, with pinned arguments (the trainers' defaults) and
# fixed seeds, and writes lib/src/model/data/MANIFEST: the sha256 of every
# file read, the sklearn and Python versions, and the tables' sha256.
#   tools/train-models.sh [--cv] [--text-only] [BUILD_DIR]
# --cv also prints the domain-grouped cross-validated figures (slow).
# --text-only leaves html_model.inc as it is (its dump and fit take a few
# minutes). Run twice, it writes the same bytes, and those are the shipped
# tables; bench/results.md (session 8) has their dev-set and out-of-fold
# figures.
# Needs python3-sklearn: tools/install-deps.sh --train. The feature dumps
# come from BUILD_DIR (default build/), which must be built from this tree.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "${PITH_SHARED:-$here/../shared}" && pwd)
cv=--no-cv
with_html=1
while [ $# -gt 0 ]; do
  case $1 in
    --cv) cv= ;;
    --text-only) with_html= ;;
    *) break ;;
  esac
  shift
done
build=${1:-$here/build}
py=/usr/bin/python3
data=$here/lib/src/model/data
dev=$shared/datasets/wcxb-dev
work=$(mktemp -d "${TMPDIR:-/tmp}/pith-train.XXXXXX")
trap 'rm -rf "$work"' EXIT
cmake --build "$build" --target pith_dump_html_features pith_dump_text_features >/dev/null

# The references as text, one file per page: main_content as it is.
mkdir -p "$work/refs"
"$py" - "$dev" "$work/refs" <<'PY'
import json, sys
dev, out = sys.argv[1:]
for pid in sorted(json.load(open(f'{dev}/metadata.json'))['files']):
    gt = json.load(open(f'{dev}/ground-truth/{pid}.json'))['ground_truth'].get('main_content') or ''
    open(f'{out}/{pid}.txt', 'w', encoding='utf-8').write(gt)
PY
LC_ALL=C
# Relative file names, so the dumps (and their sha256 in MANIFEST) do not
# depend on where the shared folder or the temporary folder happen to be.
build=$(cd "$build" && pwd)
if [ -n "$with_html" ]; then (cd "$dev/html" && "$build/pith_dump_html_features" *.html.gz) > "$work/html.tsv"; fi
(cd "$shared/datasets/wcxb-dev-text" && "$build/pith_dump_text_features" *.txt) > "$work/text.tsv"
(cd "$work/refs" && "$build/pith_dump_text_features" *.txt) > "$work/clean.tsv"

cd "$here/tools"
if [ -n "$with_html" ]; then "$py" train_html_model.py "$work/html.tsv" "$dev" $cv --write "$data/html_model.inc"; fi
"$py" train_text_model.py "$work/text.tsv" "$dev" --clean "$work/clean.tsv" $cv --write "$data/text_model.inc"

# Every data file read, hashed once: MANIFEST holds the list and its hash.
(cd "$shared" && sha256sum datasets/wcxb-dev/metadata.json datasets/wcxb-dev/ground-truth/*.json \
   datasets/wcxb-dev/html/*.html.gz datasets/wcxb-dev-text/*.txt) > "$work/inputs.sha256"
{
  echo "# Written by tools/train-models.sh; the inputs the tables were trained from."
  echo "python $("$py" -c 'import platform; print(platform.python_version())')"
  echo "sklearn $("$py" -c 'import sklearn; print(sklearn.__version__)')"
  echo "numpy $("$py" -c 'import numpy; print(numpy.__version__)')"
  echo "# sha256 of every data file read (paths relative to the shared folder)"
  sha256sum < "$work/inputs.sha256" | sed 's/ .*/  all inputs (sha256 of the list below)/'
  echo "# sha256 of the feature dumps (they depend on the code as well as on the data)"
  (cd "$work" && sha256sum $([ -n "$with_html" ] && echo html.tsv) text.tsv clean.tsv)
  echo "# sha256 of the tables in the tree; this run wrote text_model.inc${with_html:+ and html_model.inc}"
  (cd "$data" && sha256sum html_model.inc text_model.inc)
  echo "# per-file sha256 of the inputs"
  cat "$work/inputs.sha256"
} > "$data/MANIFEST"
echo "train-models: wrote ${with_html:+$data/html_model.inc, }$data/text_model.inc, MANIFEST" >&2
