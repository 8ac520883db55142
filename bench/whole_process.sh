#!/usr/bin/env bash
# Whole-process benchmark (issue 14): the pith CLI against pith_gumbo_walk
# on the same files, one thread, paired runs in alternating order; then pith
# -j 2 against -j 1, paired the same way. Prints every run and the medians:
# wall s, CPU s (user + sys), peak RSS, pages/s, and the ratios. The load
# averages are printed before each pair: on a shared machine read the
# figures with them.
#   bench/whole_process.sh small|dev|raw [ROUNDS] [BUILD]
#     small: the wcxb-dev pages listed in bench/wcxb-dev-small.list (< 200 KiB)
#     dev:   all of wcxb-dev;  raw: all of raw-pages
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=$(cd "${PITH_SHARED:-$here/../shared}" && pwd)
set_name=${1:?usage: whole_process.sh small|dev|raw [ROUNDS] [BUILD]}
rounds=${2:-5}
build=${3:-$here/build}
case $set_name in
  small) mapfile -t files < <(sed "s|^|$shared/datasets/wcxb-dev/html/|" "$here/bench/wcxb-dev-small.list") ;;
  dev) files=("$shared/datasets/wcxb-dev/html") ;;
  raw) files=("$shared/datasets/raw-pages/html") ;;
  *) echo "unknown set $set_name" >&2; exit 2 ;;
esac
tmp=$(mktemp -d /tmp/pith-whole-XXXXXX)
trap 'rm -rf "$tmp"' EXIT

# run NAME CMD...: one timed run; prints "wall cpu rss_kb".
run() {
  local name=$1; shift
  rm -rf "$tmp/out"
  /usr/bin/time -o "$tmp/time" -f "%e %U %S %M" "$@" >/dev/null 2>"$tmp/err" || { cat "$tmp/err" >&2; exit 1; }
  read -r wall user sys rss <"$tmp/time"
  echo "$wall $(echo "$user + $sys" | bc) $rss"
}
pith_run() { run pith "$build/pith" --html --quiet -j "$1" --out-dir "$tmp/out" "${files[@]}"; }
gumbo_run() { run gumbo "$build/bench/pith_gumbo_walk" --out-dir "$tmp/out" "${files[@]}"; }

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

pages=$("$build/bench/pith_gumbo_walk" "${files[@]}" 2>&1 | awk '{print $2}')
echo "set $set_name: $pages pages, $rounds paired rounds, build $build"
: >"$tmp/pairs"
for r in $(seq 1 "$rounds"); do
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  if (( r % 2 )); then p=$(pith_run 1); g=$(gumbo_run); else g=$(gumbo_run); p=$(pith_run 1); fi
  echo "$p $g" >>"$tmp/pairs"
  read -r pw pc pm gw gc gm <<<"$p $g"
  printf 'round %d (load %s): pith %.2f s wall %.2f s CPU %d MB | gumbo %.2f s wall %.2f s CPU | wall ratio %.3f, CPU ratio %.3f\n' \
    "$r" "$load" "$pw" "$pc" $((pm / 1024)) "$gw" "$gc" "$(echo "$pw / $gw" | bc -l)" "$(echo "$pc / $gc" | bc -l)"
done
col() { awk -v c="$1" '{print $c}' "$tmp/pairs" | median; }
ratio() { awk -v a="$1" -v b="$2" '{print $a / $b}' "$tmp/pairs" | median; }
pw=$(col 1); gw=$(col 4)
printf 'medians: pith %.2f s wall (%.1f pages/s), %.2f s CPU, peak RSS %d MB; gumbo walk %.2f s wall, %.2f s CPU\n' \
  "$pw" "$(echo "$pages / $pw" | bc -l)" "$(col 2)" $(( $(col 3 | cut -d. -f1) / 1024 )) "$gw" "$(col 5)"
printf 'pith / gumbo walk, median of the rounds: wall %.3fx, CPU %.3fx\n' "$(ratio 1 4)" "$(ratio 2 5)"

: >"$tmp/jobs"
for r in $(seq 1 "$rounds"); do
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  if (( r % 2 )); then a=$(pith_run 1); b=$(pith_run 2); else b=$(pith_run 2); a=$(pith_run 1); fi
  echo "$a $b" >>"$tmp/jobs"
  read -r aw ac am bw bc_ bm <<<"$a $b"
  printf 'round %d (load %s): -j 1 %.2f s wall | -j 2 %.2f s wall %.2f s CPU %d MB | speed-up %.2fx\n' \
    "$r" "$load" "$aw" "$bw" "$bc_" $((bm / 1024)) "$(echo "$aw / $bw" | bc -l)"
done
printf -- '-j 2 speed-up over -j 1, median of the rounds: %.2fx (load after: %s)\n' \
  "$(awk '{print $1 / $4}' "$tmp/jobs" | median)" "$(cut -d' ' -f1-3 /proc/loadavg)"
