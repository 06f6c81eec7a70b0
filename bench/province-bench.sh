#!/usr/bin/env bash
# A synthetic province at the size DESIGN.md plans for (issue 11): COMMUNES communes × 180 indicators
# (160 entered, 20 computed rates of two entered ones) × YEARS years of monthly figures up to 2025, every
# value through the public API (data: bench/province-data.py). Measures, in one run on one fresh embedded
# PostgreSQL:
#   - the CSV import (`POST /api/v1/datavalues/import`, one request) against PostgreSQL `COPY` of the
#     same file into a table with the same key on the app's own database (the baseline);
#   - `GET /api/v1/progress?period=2025-12` with a bearer token, warm: p50/p95/p99 of the province and of one
#     commune, one client at a time, and with 32 concurrent clients on the province.
# Prints Markdown for BENCHMARKS.md. JAVA_OPTS sets the app's JVM options (default -Xmx4g).
#   bench/province-bench.sh [communes, default 100] [years of figures, default 2] [seconds per measure, default 20]
# Needs python3, psql, wrk (apt-get install -y wrk postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
communes=${1:-100}
years=${2:-2}
seconds=${3:-20}
port=$(bench_port)
base="http://127.0.0.1:$port"
admin=admin:province-bench-1
period=2025-12
work=$(mktemp -d /tmp/province-bench.XXXXXX)
trap bench_cleanup EXIT
bench_require python3 psql wrk curl java

start_machine=$(bench_machine)
bench_start_app "$port" "${admin#admin:}"
python3 bench/province-data.py "$work" "$communes" $((2025 - years + 1))
bench_post_metadata "$base" "$admin" "$work/metadata.json"
values=$(($(wc -l <"$work/values.csv") - 1))

import_s=$(bench_import "$base" "$admin" "$work/values.csv")
bench_note "COPY baseline"
bench_copy_table
copy_s=$(bench_copy "$work/values.csv")
bench_psql -c 'drop table bench_copy'

token=$(bench_token "$base" "$admin" province-bench)
bench_latency_script "$token"
bench_progress_check "$base" "$token" BP "$period"

printf '\n### Province: %s communes, %s years, %s values\n\n' "$communes" "$years" "$values"
printf 'Command: `bench/province-bench.sh %s %s %s`; JVM %s.\nMachine at start: %s.\n\n' \
	"$communes" "$years" "$seconds" "${JAVA_OPTS:--Xmx4g}" "$start_machine"
printf '| import | seconds | values/s | × COPY |\n|---|---:|---:|---:|\n'
awk -v n="$values" -v copy="$copy_s" -v app="$import_s" 'BEGIN {
	printf "| COPY into a table with the same key (baseline) | %.2f | %.0f | 1.0 |\n", copy, n / copy
	printf "| POST /api/v1/datavalues/import (CSV) | %.2f | %.0f | %.1f |\n\n", app, n / app, app / copy }'
printf '| GET /api/v1/progress, %s, warm, bearer token, %s s | requests | p50 ms | p95 ms | p99 ms | errors |\n' \
	"$period" "$seconds"
printf '|---|---:|---:|---:|---:|---:|\n'
bench_measure "province BP, 1 client" "$base/api/v1/progress?orgUnit=BP&period=$period" 1 1 "$seconds"
bench_measure "commune BP-001, 1 client" "$base/api/v1/progress?orgUnit=BP-001&period=$period" 1 1 "$seconds"
bench_measure "province BP, 32 clients" "$base/api/v1/progress?orgUnit=BP&period=$period" 2 32 "$seconds"
printf '\npeak heap (from -Xlog:gc): %s\n' "$(bench_peak_heap)"
bench_database_size
printf 'Machine at end: %s.\n' "$(bench_machine)"
