#!/usr/bin/env bash
# Scores pith's metadata on the WCXB dev set with the shared meta-score.py.
#   bench/meta-score-dev.sh [OUT] [--json]
# Runs `pith --html --format json` on every dev page into OUT/json, maps each
# result's "metadata" object to the field names meta-score.py reads (title,
# author = the authors as one byline "A, B and C", date, site_name, language,
# description) in OUT/pred, and scores.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${PITH_SHARED:-$here/../shared}
out=${1:-/tmp/pith-dev-meta}
shift $(( $# >= 1 ? 1 : 0 ))
exe=${PITH_EXE:-$here/build/pith}
rm -rf "$out" && mkdir -p "$out/json" "$out/pred"
"$exe" --html --quiet --format json --out-dir "$out/json" "$shared/datasets/wcxb-dev/html" || true
/usr/bin/python3 - "$out/json" "$out/pred" <<'PY'
import json, os, sys
src, dst = sys.argv[1], sys.argv[2]
for name in sorted(os.listdir(src)):
    with open(os.path.join(src, name), encoding="utf-8") as f:
        m = json.loads(f.readline()).get("metadata") or {}
    # The author list as one byline, the form meta-score.py's references
    # take ("A, B and C"): a list joined with spaces lacks the "and".
    names = m.get("authors") or []
    byline = names[0] if len(names) == 1 else (", ".join(names[:-1]) + " and " + names[-1] if names else None)
    pred = {"title": m.get("title"), "author": byline, "date": m.get("date_published"),
            "site_name": m.get("site_name"), "language": m.get("language"),
            "description": m.get("description")}
    with open(os.path.join(dst, name), "w", encoding="utf-8") as f:
        f.write(json.dumps(pred, ensure_ascii=False) + "\n")
PY
/usr/bin/python3 "$shared/eval/meta-score.py" "$shared/datasets/wcxb-dev" "$out/pred" "$@"
