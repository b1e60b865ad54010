#!/usr/bin/env bash
# Whole-process wall time and peak memory (max RSS) of lexgap's stages on the
# synthetic corpora: `validate` (load), `check --format json` (load + check),
# `site -o DIR` (load + check + render + write). Best time of RUNS runs, the
# largest peak RSS. Not run by CI; the figures are in BENCHMARKS.md.
#
#   benches/measure.sh [N...]        (default: 1 10 100 200 1000)
#   RUNS=5 WORK=/tmp/lexgap-bench benches/measure.sh 200
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
WORK=${WORK:-target/bench}
mkdir -p "$WORK"
cargo build --release --quiet --bin lexgap --example gen_corpus
B=target/release/lexgap
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 10 100 200 1000)

printf '%6s  %-8s  %9s  %13s  %s\n' N stage "time (s)" "peak RSS (MB)" "input"
for n in "${sizes[@]}"; do
  dir="$WORK/corpus-$n"
  target/release/examples/gen_corpus "$dir" "$n" > /dev/null
  mb_in=$(du -sm "$dir" | cut -f1)
  for stage in validate check site; do
    best=""; peak=0
    for _ in $(seq "$RUNS"); do
      case $stage in
        validate) cmd=("$B" validate "$dir") ;;
        check) cmd=("$B" check "$dir" --format json) ;;
        site) rm -rf "$WORK/site-$n"; cmd=("$B" site "$dir" -o "$WORK/site-$n") ;;
      esac
      /usr/bin/time -f '%e %M' -o "$WORK/time.txt" "${cmd[@]}" > /dev/null
      read -r t kb < "$WORK/time.txt"
      if [ -z "$best" ] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
      [ "$kb" -gt "$peak" ] && peak=$kb
    done
    printf '%6s  %-8s  %9s  %13s  %s\n' "$n" "$stage" "$best" "$((peak / 1024))" "${mb_in} MB of YAML"
  done
done
