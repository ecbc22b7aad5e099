#!/usr/bin/env bash
# Measures `isms check` on a large synthetic ISMS repository: wall time and peak memory.
# Usage: bench/check-benchmark.sh [ACTIONS] [RUNS]   (defaults: 5000 actions, 3 runs)
# The repository is the bundled example plus ACTIONS actions, ACTIONS/5 risks and ACTIONS/20 KPIs
# with eight quarterly measurements each. Targets: under 10 s and under 512 MiB for 5000 actions on
# a 2-core machine. Not part of `mvn verify`: timings belong here, not in unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."
actions=${1:-5000}
runs=${2:-3}
[ -f target/isms.jar ] || mvn -q -DskipTests package
repo=$(mktemp -d "${TMPDIR:-/tmp}/isms-bench-XXXXXX")
trap 'rm -rf "$repo"' EXIT
cp -R examples/denialbase/. "$repo"
. bench/synthetic-registers.sh
synthetic_registers "$repo" "$actions"
files=$(find "$repo" -name '*.yaml' | wc -l)
echo "repository: $files YAML files ($actions synthetic actions)"
for r in $(seq 1 "$runs"); do
  /usr/bin/time -f "run $r: %e s wall, %M KiB peak RSS, exit %x" \
    java -jar target/isms.jar -C "$repo" check --as-of 2026-11-24 > /dev/null || true
done
