#!/usr/bin/env bash
# lexgap against the pipeline a user would otherwise write (benches/python/),
# on the same generated files, in one run: both give the same statuses
# (checked first), then hyperfine times both and the ratio is printed, with
# the peak memory of each. Not run by CI; the figures are in BENCHMARKS.md.
#
#   benches/compare.sh [N]           (default: 200 jurisdictions)
#
# Needs: hyperfine (apt-get install hyperfine) and the Python packages of
# benches/python/requirements.txt (pip install -r benches/python/requirements.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}
RUNS=${RUNS:-5}
WORK=${WORK:-target/bench}
mkdir -p "$WORK"
command -v hyperfine > /dev/null || { echo "compare.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 1; }
python3 -c 'import yaml, jinja2' 2> /dev/null || { echo "compare.sh: pip install -r benches/python/requirements.txt" >&2; exit 1; }
cargo build --release --quiet --bin lexgap --example gen_corpus
B=target/release/lexgap
dir="$WORK/corpus-$N"
target/release/examples/gen_corpus "$dir" "$N"

echo "== same statuses (the TiP Protocol's requirements; with --all, every requirement)"
"$B" check "$dir" --format json > "$WORK/lexgap-check-$N.json"
python3 benches/python/pipeline.py "$dir" -o "$WORK/python-site-$N" > /dev/null
python3 benches/python/agree.py "$WORK/python-site-$N/statuses.json" "$WORK/lexgap-check-$N.json"
python3 benches/python/pipeline.py --all "$dir" -o "$WORK/python-all-site-$N" > /dev/null
python3 benches/python/agree.py "$WORK/python-all-site-$N/statuses.json" "$WORK/lexgap-check-$N.json"

echo "== peak memory"
for name in lexgap python python-all; do
  case $name in
    lexgap) rm -rf "$WORK/lexgap-site-$N"; cmd=("$B" site "$dir" -o "$WORK/lexgap-site-$N") ;;
    python) cmd=(python3 benches/python/pipeline.py "$dir" -o "$WORK/python-site-$N") ;;
    python-all) cmd=(python3 benches/python/pipeline.py --all "$dir" -o "$WORK/python-all-site-$N") ;;
  esac
  /usr/bin/time -f '%M' -o "$WORK/rss.txt" "${cmd[@]}" > /dev/null
  echo "$name: $(( $(cat "$WORK/rss.txt") / 1024 )) MB"
done

du -sh "$WORK/lexgap-site-$N" "$WORK/python-site-$N" "$WORK/python-all-site-$N"

echo "== time"
hyperfine --warmup 1 --runs "$RUNS" --export-json "$WORK/compare-$N.json" \
  -n lexgap "$B site $dir -o $WORK/lexgap-site-$N" \
  -n python "python3 benches/python/pipeline.py $dir -o $WORK/python-site-$N" \
  -n python-libyaml "python3 benches/python/pipeline.py --loader csafe $dir -o $WORK/python-site-$N" \
  -n python-all "python3 benches/python/pipeline.py --all $dir -o $WORK/python-all-site-$N" \
  -n python-all-libyaml "python3 benches/python/pipeline.py --all --loader csafe $dir -o $WORK/python-all-site-$N"
python3 - "$WORK/compare-$N.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
l = r["lexgap"]["mean"]
for name in ("python", "python-libyaml", "python-all", "python-all-libyaml"):
    print("%s / lexgap: %.1f x  (%.3f s / %.3f s, mean)" % (name, r[name]["mean"] / l, r[name]["mean"], l))
PY

echo "== one jurisdiction: lexgap check, the whole process"
hyperfine --warmup 3 --runs 30 -N -n "check KW" "$B check KW" -n "check 1 generated" "$B check $WORK/corpus-$N/s0000-aa.yaml"
