#!/usr/bin/env bash
# Run one libFuzzer target until it has used a given amount of CPU time (not
# wall time: on a shared machine a wall-clock limit says little about how much
# fuzzing was done), then stop it with SIGINT so libFuzzer prints its final
# statistics. The fuzzer runs at nice 19, so it takes only the CPU nobody else
# wants; its log and the watcher's summary line go to OUTDIR.
#
#   tools/devtools/fuzz_cpu_hour.sh build-fuzz fuzz_clean_html OUTDIR [CPU_SECONDS]
#
# New inputs go to OUTDIR/corpus (never into the committed seeds); a crash
# leaves its reproducer in OUTDIR/artifacts/. The summary line reads
#   TARGET cpu_s=.. wall_s=.. execs=.. cov=.. ft=.. corpus=.. rss_mb=.. exit=..
set -euo pipefail
build=$1 name=$2 out=$3 limit=${4:-3600}
here=$(cd "$(dirname "$0")/../.." && pwd)
bin="$build/fuzz/$name"
[ -x "$bin" ] || { echo "no fuzz target $bin" >&2; exit 2; }
mkdir -p "$out/corpus/$name" "$out/artifacts/$name"
dict="$here/fuzz/html.dict"
[ -f "$here/fuzz/$name.dict" ] && dict="$here/fuzz/$name.dict"
log="$out/$name.log"
ticks=$(getconf CLK_TCK)
start=$(date +%s)
nice -n 19 "$bin" -max_total_time=86400 -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
    -print_final_stats=1 -dict="$dict" -artifact_prefix="$out/artifacts/$name/" \
    "$out/corpus/$name" "$here/fuzz/corpus/$name" >"$log" 2>&1 &
pid=$!
cpu=0
while kill -0 "$pid" 2>/dev/null; do
    # Fields 14 and 15 of /proc/PID/stat: user and system time in clock ticks
    # (the command name, field 2, has no spaces for these binaries).
    if read -r -a f <"/proc/$pid/stat" 2>/dev/null; then
        cpu=$(( (f[13] + f[14]) / ticks ))
        if [ "$cpu" -ge "$limit" ]; then kill -INT "$pid"; break; fi
    fi
    sleep 5
done
rc=0; wait "$pid" || rc=$?
wall=$(( $(date +%s) - start ))
execs=$(grep -oE '^stat::number_of_executed_units: [0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
rss=$(grep -oE '^stat::peak_rss_mb: [0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
last=$(grep -E '#[0-9]+ +(pulse|NEW|REDUCE|DONE|INITED)' "$log" | tail -n 1 || true)
cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo '?')
ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo '?')
corp=$(grep -oE 'corp: [0-9]+' <<<"$last" | grep -oE '[0-9]+' || echo '?')
crashes=$(find "$out/artifacts/$name" -type f | wc -l)
echo "$name cpu_s=$cpu wall_s=$wall execs=$execs cov=$cov ft=$ft corpus=$corp rss_mb=$rss artifacts=$crashes exit=$rc" \
    | tee -a "$out/summary.txt"
