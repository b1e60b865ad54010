#!/usr/bin/env bash
# `lexgap site` built again (the page cache, docs/REPORTS.md "A site, built
# again"): a cold build, a build with nothing changed, and a build after one
# jurisdiction of N was edited, each timed by hyperfine on the same corpus.
# Not run by CI; the figures are in BENCHMARKS.md.
#
#   benches/warm.sh [N]           (default: 200 jurisdictions)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}
RUNS=${RUNS:-10}
WORK=${WORK:-target/bench}
mkdir -p "$WORK"
command -v hyperfine > /dev/null || { echo "warm.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
cargo build --release --quiet --bin lexgap --example gen_corpus
B=target/release/lexgap
src="$WORK/corpus-$N"
target/release/examples/gen_corpus "$src" "$N" > /dev/null
# A copy to edit, so the generated corpus stays as generated.
dir="$WORK/warm-corpus-$N"
rm -rf "$dir" "$WORK/warm-site-$N"
cp -r "$src" "$dir"
one=$(ls "$dir" | sed -n 2p)
# Each edit renames the jurisdiction (`name: "X"` ↔ `name: "X (edited)"`), so
# every run has a change to render: its report, the index, the comparison and
# the instrument pages.
toggle="sed -i -e 's/^  name: \"\\(.*\\) (edited)\"\$/  name: \"\\1\"/; t' -e 's/^  name: \"\\(.*\\)\"\$/  name: \"\\1 (edited)\"/' $dir/$one"
"$B" -q site "$dir" -o "$WORK/warm-site-$N"
hyperfine --warmup 1 --runs "$RUNS" --export-json "$WORK/warm-$N.json" \
  -n cold --prepare true "$B -q site $dir -o $WORK/warm-site-$N --no-cache" \
  -n "warm, nothing changed" --prepare "$B -q site $dir -o $WORK/warm-site-$N" "$B -q site $dir -o $WORK/warm-site-$N" \
  -n "warm, one of $N edited" --prepare "$toggle" "$B -q site $dir -o $WORK/warm-site-$N"
