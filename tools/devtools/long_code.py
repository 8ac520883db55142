#!/usr/bin/python3
"""Lists what breaks issue 10's size rule: functions over 80 lines and files
over 500 in lib/, cli/ and python/src/ (the generated tables in
lib/src/model/data/ aside). Function extents come from Universal Ctags
(`ctags`, Debian's universal-ctags). Run from the repository root; exits 1
when it lists anything.
  tools/devtools/long_code.py [MAX_FUNCTION_LINES [MAX_FILE_LINES]]
"""
import json
import os
import subprocess
import sys

ROOTS = ["lib/src", "lib/include", "cli", "python/src"]
max_function = int(sys.argv[1]) if len(sys.argv) > 1 else 80
max_file = int(sys.argv[2]) if len(sys.argv) > 2 else 500

files = sorted(os.path.join(d, f) for root in ROOTS for d, _, names in os.walk(root)
               if "lib/src/model/data" not in d for f in names if f.endswith((".cpp", ".h")))
found = []
for path in files:
    with open(path, encoding="utf-8", errors="replace") as f:
        n = sum(1 for _ in f)
    if n > max_file:
        found.append(f"file {n:5d} {path}")
tags = subprocess.run(["ctags", "--kinds-c++=f", "--fields=+ne", "--output-format=json",
                       "--language-force=c++", "-o", "-"] + files,
                      capture_output=True, text=True, check=True).stdout
for line in tags.splitlines():
    tag = json.loads(line)
    if tag.get("kind") != "function" or "end" not in tag:
        continue
    n = tag["end"] - tag["line"] + 1
    if n > max_function:
        found.append(f"function {n:5d} {tag['path']}:{tag['line']} {tag['name']}")
print("\n".join(found) if found else f"nothing over {max_function} lines a function or {max_file} a file")
sys.exit(1 if found else 0)
