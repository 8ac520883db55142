#!/usr/bin/env bash
# Installs the built pith into a fresh prefix, builds tests/consumer against
# it with find_package(pith) and the C program again with pkg-config, and
# checks that all three give the pith tool's output for the same input.
# Usage: run.sh BUILD_DIR WORK_DIR INPUT
set -euo pipefail
build=$1 work=$2 input=$3
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"
mkdir -p "$work"
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null
for f in include/pith/pith.h include/pith/pith_c.h bin/pith; do
  [ -e "$prefix/$f" ] || { echo "not installed: $f" >&2; exit 1; }
done
cmake -S "$here" -B "$work/build" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$work/build" -j2 >/dev/null

"$prefix/bin/pith" --text --quiet "$input" > "$work/want.txt"
[ -s "$work/want.txt" ] || { echo "the pith tool printed nothing" >&2; exit 1; }
"$work/build/consumer_c" "$input" > "$work/c.txt"
"$work/build/consumer_cpp" "$input" > "$work/cpp.txt"
cmp "$work/want.txt" "$work/c.txt"
cmp "$work/want.txt" "$work/cpp.txt"

pcdir=$(dirname "$(find "$prefix" -name pith.pc | head -1)")
export PKG_CONFIG_PATH=$pcdir
[ "$(pkg-config --modversion pith)" = "$("$prefix/bin/pith" --version | cut -d' ' -f2)" ]
# shellcheck disable=SC2046
cc -o "$work/consumer_c_pc" "$here/consumer.c" $(pkg-config --cflags --static --libs pith)
"$work/consumer_c_pc" "$input" > "$work/c_pc.txt"
cmp "$work/want.txt" "$work/c_pc.txt"
echo "consumer: find_package C, C++ and pkg-config C builds all match the pith tool"
