#!/usr/bin/python3
"""pith's JSON validates against docs/pith-record.schema.json (Debian's
python3-jsonschema): --format json on the seed (text mode), the corpus HTML
cases and every 25th wcxb-dev page, and --jsonl records (with --blocks, and
a failed record). Beyond the schema, each span must lie inside its block's
text and `kept` must agree with `reason`.

    json_schema.py PITH REPO_DIR SHARED_DIR
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import jsonschema


def records(out):
    return [json.loads(line) for line in out.decode().splitlines() if line.strip()]


def main():
    pith, repo, shared = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    schema = json.loads((repo / "docs/pith-record.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    inputs = [repo / "corpus/seed-dailymail/input.txt"] + sorted(repo.glob("corpus/*/input.html"))
    inputs += sorted((shared / "datasets/wcxb-dev/html").glob("*.html.gz"))[::25]
    got = records(subprocess.run([pith, "--quiet", "--format", "json"] + [str(p) for p in inputs],
                                 capture_output=True, check=True).stdout)
    with tempfile.TemporaryDirectory() as t:
        lines = Path(t) / "in.jsonl"
        seed = (repo / "corpus/seed-dailymail/input.txt").read_text()
        lines.write_text(json.dumps({"id": 1, "text": seed, "src": "x"}) + "\n" +
                         json.dumps({"id": 2, "html": "<p>Hello there, a short page.</p>"}) + "\n" +
                         json.dumps({"id": 3}) + "\n")
        jl = records(subprocess.run([pith, "--quiet", "--jsonl", "--blocks", str(lines)],
                                    capture_output=True).stdout)
    if len(got) != len(inputs) or len(jl) != 3:
        print("FAIL: expected", len(inputs), "and 3 records, got", len(got), len(jl))
        return 1
    failures = []
    for rec in got + jl:
        name = rec.get("input", rec.get("id"))
        for e in validator.iter_errors(rec):
            failures.append(f"{name}: {e.message[:200]} at {list(e.absolute_path)}")
        for b in rec.get("blocks", []):
            if b["kept"] != (b["reason"] == "body"):
                failures.append(f"{name}: kept disagrees with reason")
            for s in b["spans"]:
                if not 0 <= s["begin"] < s["end"] <= len(b["text"]):
                    failures.append(f"{name}: span {s} outside its text")
    if jl[2]["error"] is None or "blocks" not in jl[0]:
        failures.append("JSON Lines: the record without content did not fail, or --blocks gave no blocks")
    print(f"{len(got) + len(jl)} records validated")
    for f in failures[:30]:
        print("FAIL", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
