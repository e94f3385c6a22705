#!/usr/bin/env bash
# Measures the engine against the evaluation material in ../shared (when it is there):
# the seed article's reading and the PolNeAR dev split, overall and per publisher.
#   scripts/eval.sh [dev|train]
set -euo pipefail
cd "$(dirname "$0")/.."
split="${1:-dev}"
shared=../shared
[ -d "$shared/eval" ] || { echo "no ../shared/eval here: nothing to measure"; exit 0; }
cargo build --release -q -p quotelens-cli
bin="${CARGO_TARGET_DIR:-target}/release/quotelens"
mkdir -p target/eval
echo "== seed"
"$bin" analyze "$shared/fixtures/seed-article.txt" > target/eval/seed.json
python3 "$shared/eval/score_seed.py" target/eval/seed.json | tail -n 1
echo "== PolNeAR $split"
python3 -c 'import json,sys;[print(json.dumps({"id":r["id"],"text":r["text"]})) for r in map(json.loads,sys.stdin)]' \
  < "$shared/eval/polnear-$split.jsonl" | "$bin" analyze --jsonl - > "target/eval/polnear-$split.jsonl"
summary() {
  python3 -c '
import json,sys
d=json.load(sys.stdin)
for k in ("direct_mixed","speech_like","all"):
    x=d[k]
    print("  %-13s gold %5d pred %5d  overlap P/R/F1 %-20s quote+speaker F1 %5s  speaker acc %s" % (k, x["gold_quotes"], x["pred_quotes"], "/".join(map(str,x["overlap50_PRF"])), x["e2e_quote+speaker_PRF"][2], x["speaker_name_acc"]))'
}
python3 "$shared/eval/score_polnear.py" "$shared/eval/polnear-$split.jsonl" "target/eval/polnear-$split.jsonl" | summary
# Tuning uses five publishers; usa-today and west-journal are held out as a check.
for group in "breitbart huff-post nyt politico wash-post" "usa-today west-journal"; do
  python3 - "$shared/eval/polnear-$split.jsonl" "$group" <<'PY' > target/eval/gold-subset.jsonl
import json, sys
keep = set(sys.argv[2].split())
for line in open(sys.argv[1]):
    if json.loads(line)["publisher"] in keep:
        print(line, end="")
PY
  echo "  [$group]"
  python3 "$shared/eval/score_polnear.py" target/eval/gold-subset.jsonl "target/eval/polnear-$split.jsonl" | summary
done
