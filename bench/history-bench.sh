#!/usr/bin/env bash
# Whether the progress query grows with history (issue 11: it must not). The synthetic province of
# bench/province-bench.sh (COMMUNES communes × 180 indicators), one app on one fresh embedded PostgreSQL:
#   1. figures of 2024 and 2025 (the plan's year and one year of history): progress p50/p95 of the
#      province and of one commune at 2025-12, warm, bearer token, one client;
#   2. then the figures of 2020–2023 imported too (five years of history, three times the figures): the same.
# Prints Markdown for BENCHMARKS.md with the ratio of 2 to 1 (≈ 1 when the query does not read history).
# JAVA_OPTS sets the app's JVM options (default -Xmx4g).
# Then the same right after a write (one figure of the commune, then one request, COLD times): the report is
# computed again from the rollups instead of coming from the cache.
#   bench/history-bench.sh [communes, default 100] [seconds per measure, default 20] [cold requests, default 100]
# Needs python3, psql, wrk (apt-get install -y wrk postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
communes=${1:-100}
seconds=${2:-20}
cold=${3:-100}
port=$(bench_port)
base="http://127.0.0.1:$port"
admin=admin:history-bench-1
period=2025-12
work=$(mktemp -d /tmp/history-bench.XXXXXX)
trap bench_cleanup EXIT
bench_require python3 psql wrk curl java

start_machine=$(bench_machine)
bench_start_app "$port" "${admin#admin:}"
# one file per year of history: an import request takes at most 20 MB
for year in 2020 2021 2022 2023; do
	python3 bench/province-data.py "$work" "$communes" "$year" "$year"
	mv "$work/values.csv" "$work/history-$year.csv"
done
python3 bench/province-data.py "$work" "$communes" 2024 2025
bench_post_metadata "$base" "$admin" "$work/metadata.json"
token=$(bench_token "$base" "$admin" history-bench)
bench_latency_script "$token"

# stage LABEL: measures the province and the commune into $work/LABEL.rows
stage() {
	bench_progress_check "$base" "$token" BP "$period"
	{
		bench_measure "province BP, $1" "$base/api/v1/progress?orgUnit=BP&period=$period" 1 1 "$seconds"
		bench_measure "commune BP-001, $1" "$base/api/v1/progress?orgUnit=BP-001&period=$period" 1 1 "$seconds"
	} >"$work/$2.rows"
	{
		bench_cold "province BP, $1" "$base" "$admin" "$token" BP "$period" "$cold"
		bench_cold "commune BP-001, $1" "$base" "$admin" "$token" BP-001 "$period" "$cold"
	} >"$work/$2.cold"
}
recent=$(($(wc -l <"$work/values.csv") - 1))
history=$(cat "$work"/history-*.csv | grep -vc '^indicator' || true)
recent_s=$(bench_import "$base" "$admin" "$work/values.csv")
stage "1 year of history ($recent values)" one
history_s=0
for file in "$work"/history-*.csv; do
	history_s=$(awk -v a="$history_s" -v b="$(bench_import "$base" "$admin" "$file")" 'BEGIN { print a + b }')
done
stage "5 years of history ($((recent + history)) values)" five

printf '\n### Progress against history: province of %s communes\n\n' "$communes"
printf 'Command: `bench/history-bench.sh %s %s %s`; JVM %s. Imports: 2024–2025, %s values in %.1f s; then 2020–2023, %s values in %.1f s (one request a year).\n' \
	"$communes" "$seconds" "$cold" "${JAVA_OPTS:--Xmx4g}" "$recent" "$recent_s" "$history" "$history_s"
printf 'Machine at start: %s.\n\n' "$start_machine"
printf '| GET /api/v1/progress, %s, warm, bearer token, 1 client, %s s | requests | p50 ms | p95 ms | p99 ms | errors |\n' \
	"$period" "$seconds"
printf '|---|---:|---:|---:|---:|---:|\n'
cat "$work/one.rows" "$work/five.rows"
printf '\n| GET /api/v1/progress right after a write, %s | requests | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|\n' \
	"$period"
cat "$work/one.cold" "$work/five.cold"
# the ratio of the medians and of the p95s, per unit: the row pairs are province then commune
paste -d'|' "$work/one.rows" "$work/five.rows" | awk -F'|' '
	function ratio(a, b) { return a + 0 > 0 && b + 0 > 0 ? sprintf("× %.2f", b / a) : "– (no request finished)" }
	{ printf "\n%s, 5 years of history / 1 year: p50 %s, p95 %s", NR == 1 ? "province BP" : "commune BP-001",
		ratio($4, $12), ratio($5, $13) }
	END { print "" }'
printf '\npeak heap (from -Xlog:gc): %s\n' "$(bench_peak_heap)"
bench_database_size
printf 'Machine at end: %s.\n' "$(bench_machine)"
