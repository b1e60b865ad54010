#!/usr/bin/env bash
# lexgap against the pipeline a user would otherwise write (benches/python/),
# on equal work (BENCHMARKS.md, "equal work"): the same generated files, every
# requirement of the four instruments, HTML and Markdown pages with the same
# sections, the same validation (unknown terms, dangling references), atomic
# writes. Both must give the same statuses (checked first); then hyperfine
# times both, side by side in one run, and the ratios are printed (min,
# median and max of the runs), with the peak memory of each. Not run by CI.
#
#   benches/compare.sh [N ...]           (default: 17 200 1000 jurisdictions)
#
# Needs: hyperfine (apt-get install hyperfine) and the Python packages of
# benches/python/requirements.txt (pip install -r benches/python/requirements.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(17 200 1000)
RUNS=${RUNS:-5}
WORK=${WORK:-target/bench}
mkdir -p "$WORK"
command -v hyperfine > /dev/null || { echo "compare.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
python3 -c 'import yaml, jinja2' 2> /dev/null || { echo "compare.sh: pip install -r benches/python/requirements.txt" >&2; exit 1; }
cargo build --release --quiet --bin lexgap --example gen_corpus
B=target/release/lexgap
for N in "${SIZES[@]}"; do
  dir="$WORK/corpus-$N"
  target/release/examples/gen_corpus "$dir" "$N" > /dev/null
  lx="$WORK/lexgap-site-$N" py="$WORK/python-site-$N"

  echo "== $N jurisdictions: the same statuses"
  "$B" -q check "$dir" --format json > "$WORK/lexgap-check-$N.json"
  python3 benches/python/pipeline.py --loader csafe "$dir" -o "$py" > /dev/null
  python3 benches/python/agree.py "$py/statuses.json" "$WORK/lexgap-check-$N.json"

  echo "== $N jurisdictions: peak memory"
  for name in lexgap python python-libyaml; do
    case $name in
      lexgap) cmd=("$B" -q site "$dir" -o "$lx" --no-cache) ;;
      python) cmd=(python3 benches/python/pipeline.py --loader safe "$dir" -o "$py") ;;
      python-libyaml) cmd=(python3 benches/python/pipeline.py --loader csafe "$dir" -o "$py") ;;
    esac
    /usr/bin/time -f '%M' -o "$WORK/rss.txt" "${cmd[@]}" > /dev/null
    echo "$name: $(( $(cat "$WORK/rss.txt") / 1024 )) MB"
  done
  du -sh "$lx" "$py"

  echo "== $N jurisdictions: time (hyperfine, $RUNS runs each)"
  hyperfine --warmup 1 --runs "$RUNS" --export-json "$WORK/compare-$N.json" \
    -n lexgap "$B -q site $dir -o $lx --no-cache" \
    -n python "python3 benches/python/pipeline.py --loader safe $dir -o $py" \
    -n python-libyaml "python3 benches/python/pipeline.py --loader csafe $dir -o $py"
  python3 - "$WORK/compare-$N.json" "$N" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
l = r["lexgap"]
print("| N | | min | median | max | ratio (median) |")
print("|---|---|---:|---:|---:|---:|")
for name in ("lexgap", "python", "python-libyaml"):
    x = r[name]
    ratio = "" if name == "lexgap" else "%.1f x" % (x["median"] / l["median"])
    print("| %s | %s | %.3f s | %.3f s | %.3f s | %s |" % (sys.argv[2], name, x["min"], x["median"], x["max"], ratio))
PY
done
