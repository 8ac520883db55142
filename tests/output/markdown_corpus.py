#!/usr/bin/python3
"""Corpus cases with an expected.md: `pith --format markdown --links` on the
case's input must give exactly that Markdown.

    markdown_corpus.py PITH CORPUS_DIR
"""
import subprocess
import sys
from pathlib import Path


def main():
    pith, corpus = sys.argv[1], Path(sys.argv[2])
    cases = sorted(p.parent for p in corpus.glob("*/expected.md"))
    failures = []
    for case in cases:
        src = next(p for p in case.iterdir() if p.name.startswith("input."))
        mode = "--text" if src.suffix == ".txt" else "--html"
        got = subprocess.run([pith, mode, "--quiet", "--format", "markdown", "--links", str(src)],
                             capture_output=True, check=True).stdout.decode()
        want = (case / "expected.md").read_text()
        if got != want:
            g, w = got.splitlines(), want.splitlines()
            k = next((k for k in range(min(len(g), len(w))) if g[k] != w[k]), min(len(g), len(w)))
            failures.append(f"{case.name}: line {k + 1}: expected {w[k:k + 1]}, got {g[k:k + 1]}")
    print(f"{len(cases)} corpus cases with expected Markdown")
    for f in failures:
        print("FAIL", f)
    return 1 if failures or not cases else 0


if __name__ == "__main__":
    sys.exit(main())
