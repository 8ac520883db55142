#!/usr/bin/env bash
# The stage breakdown from instruction counts: runs the pith CLI under
# callgrind on a fixed list of pages (repeatable on a loaded machine, unlike
# CPU time) and prints the instructions of each stage, from the inclusive
# counts of the functions that make it.
#   bench/callgrind_stages.sh PITH LIST_FILE [OUT.callgrind]
# LIST_FILE holds one page path a line. "(difference)" rows are a call
# minus the stages inside it.
set -euo pipefail
pith=${1:?usage: callgrind_stages.sh PITH LIST_FILE [OUT]}
list=${2:?usage: callgrind_stages.sh PITH LIST_FILE [OUT]}
out=${3:-$(mktemp /tmp/pith-callgrind-XXXXXX)}
dir=$(mktemp -d /tmp/pith-cg-out-XXXXXX)
trap 'rm -rf "$dir"' EXIT
mapfile -t pages <"$list"
valgrind --tool=callgrind --callgrind-out-file="$out" "$pith" --html --quiet -j 1 --out-dir "$dir" "${pages[@]}" \
  2>&1 | grep -E "Collected" || true
callgrind_annotate --inclusive=yes "$out" 2>/dev/null | awk -v pages="${#pages[@]}" '
  function grab(key, pat) { if ($0 ~ pat && !(key in v)) { x = $1; gsub(",", "", x); v[key] = x + 0 } }
  /PROGRAM TOTALS/ { x = $1; gsub(",", "", x); total = x + 0 }
  { grab("clean", ":pith::clean\\(");
    grab("read", ":pith_cli::read_source\\(");
    grab("decode", ":pith::detail::decode_html_bytes\\(");
    grab("strip", ":pith::detail::strip_payloads\\(");
    grab("sanitize", ":pith::detail::sanitize_text\\(");
    grab("html", ":pith::detail::read_html\\(");
    grab("gumbo", "gumbo_parse_with_options ");
    grab("features", ":pith::detail::compute_features\\(");
    grab("rules", ":pith::detail::html_rules\\(");
    grab("hfeat", ":pith::detail::compute_html_features\\(");
    grab("prob", ":pith::detail::block_probabilities\\(");
    grab("model", ":pith::detail::apply_block_model\\(") }
  function row(name, n) { printf "  %-40s %14.0f %6.1f%%\n", name, n, 100 * n / total }
  END {
    printf "%d pages, %.0f instructions in all (the whole process)\n", pages, total
    row("read + gunzip (CLI)", v["read"])
    row("decode (charset -> UTF-8)", v["decode"])
    row("pre-pass (cut + sanitize)", v["strip"] + v["sanitize"])
    row("parse (Gumbo)", v["gumbo"])
    row("walk (read_html, difference)", v["html"] - v["strip"] - v["sanitize"] - v["gumbo"])
    row("features (compute_features)", v["features"])
    row("rules (html_rules, difference)", v["rules"] - v["features"])
    row("model: html features", v["hfeat"])
    row("model: trees (difference)", v["prob"] - v["hfeat"])
    row("model: decide (difference)", v["model"] - v["prob"])
    row("render + rest of clean (difference)", v["clean"] - v["decode"] - v["html"] - v["rules"] - v["model"])
    row("output + CLI + start-up (difference)", total - v["clean"] - v["read"])
  }'
