#!/usr/bin/env bash
# Measures `isms pack --html` on a large ISMS repository with real Git history: wall time and peak
# memory. Usage: bench/pack-benchmark.sh [ACTIONS] [RUNS]   (defaults: 5000 actions, 3 runs)
# The repository is the one `isms demo` builds (the example's year as dated commits) plus, committed
# after the 2026-Q3 review, ACTIONS actions, ACTIONS/5 risks and ACTIONS/20 KPIs with eight
# quarterly measurements each, so that the risk delta reads a large register from history.
# Not part of `mvn verify`: timings belong here, not in unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."
actions=${1:-5000}
runs=${2:-3}
[ -f target/isms.jar ] || mvn -q -DskipTests package
repo=$(mktemp -d "${TMPDIR:-/tmp}/isms-bench-XXXXXX")
trap 'rm -rf "$repo"' EXIT
java -jar target/isms.jar demo "$repo/isms" --as-of 2026-11-24 > /dev/null
repo="$repo/isms"
. bench/synthetic-registers.sh
synthetic_registers "$repo" "$actions"
mkdir -p "$repo/reviews/2026-Q4"
printf 'type: quarterly\ndate: 2026-12-15\nstatus: planned\nchair: Marco Diaz\n' \
  > "$repo/reviews/2026-Q4/review.yaml"
git -C "$repo" add -A
GIT_COMMITTER_DATE=2026-11-20T12:00:00+01:00 git -C "$repo" -c user.name=Bench \
  -c user.email=bench@example.invalid commit -q --date 2026-11-20T12:00:00+01:00 -m "bench data"
files=$(find "$repo" -name '*.yaml' | wc -l)
echo "repository: $files YAML files ($actions synthetic actions), $(git -C "$repo" rev-list --count HEAD) commits"
for r in $(seq 1 "$runs"); do
  /usr/bin/time -f "run $r: %e s wall, %M KiB peak RSS, exit %x" \
    java -jar target/isms.jar -C "$repo" pack --as-of 2026-11-24 --html --no-commit --force > /dev/null || true
done
echo "pack.md: $(wc -c < "$repo/reviews/2026-Q4/pack.md") bytes, pack.html: $(wc -c < "$repo/reviews/2026-Q4/pack.html") bytes"
