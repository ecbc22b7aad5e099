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
for i in $(seq 1 "$actions"); do
  id=$(printf 'ACT-BENCH-%05d' "$i")
  cat > "$repo/actions/$id.yaml" <<YAML
id: $id
title: Synthetic action $i for the benchmark
source: 2026-Q3
owner: Priya Shah
raised: 2026-01-15
due: 2026-$(printf '%02d' $(( i % 12 + 1 )))-15
priority: medium
success_criteria: Evidence attached and verified
status: $( (( i % 3 == 0 )) && echo completed || echo open )
completed_on: $( (( i % 3 == 0 )) && echo 2026-03-01 || echo null )
YAML
done
for i in $(seq 1 $(( actions / 5 ))); do
  id=$(printf 'R-BENCH-%05d' "$i")
  cat > "$repo/risks/$id.yaml" <<YAML
id: $id
title: Synthetic risk $i
owner: Marco Diaz
likelihood: $(( i % 5 + 1 ))
impact: $(( (i / 5) % 5 + 1 ))
treatment: modify
status: open
treatment_due: 2026-12-31
YAML
done
for i in $(seq 1 $(( actions / 20 ))); do
  id=$(printf 'KPI-BENCH-%04d' "$i")
  {
    echo "id: $id"; echo "name: Synthetic KPI $i"; echo 'target: {op: ">=", value: 95, unit: "%"}'
    echo "frequency: quarterly"; echo "measurements:"
    for q in 2025-Q1 2025-Q2 2025-Q3 2025-Q4 2026-Q1 2026-Q2 2026-Q3 2026-Q4; do
      echo "  - {period: $q, value: $(( 90 + i % 10 ))}"
    done
  } > "$repo/kpis/$id.yaml"
done
files=$(find "$repo" -name '*.yaml' | wc -l)
echo "repository: $files YAML files ($actions synthetic actions)"
for r in $(seq 1 "$runs"); do
  /usr/bin/time -f "run $r: %e s wall, %M KiB peak RSS, exit %x" \
    java -jar target/isms.jar -C "$repo" check --as-of 2026-11-24 > /dev/null || true
done
