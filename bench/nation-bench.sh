#!/usr/bin/env bash
# A synthetic nation at the size of issue 11: PROVINCES provinces under a root VN, COMMUNES communes split
# unevenly among them, INDICATORS indicators (one ninth computed rates), YEARS years of monthly figures up to
# 2025 (data: bench/nation-data.py); at full size 34 × 3.321 × 180 × 24 months: 12.752.640 entered values,
# 14.346.720 with the computed ones. One app on one fresh embedded PostgreSQL; measures in the same run:
#   - the import, one `POST /api/v1/datavalues/import` (CSV) per province file, each timed, against psql `\copy`
#     of the same files, in the same order, into a table with the same key on the app's own database;
#   - `GET /api/v1/progress?period=2025-12` with a bearer token, warm: p50/p95/p99 of the nation VN, the province
#     P01 and the commune P01-001 (one client), and of VN with 32 concurrent clients;
#   - the database's size and its largest tables; the peak heap, from the app's GC log (-Xlog:gc).
# The files are split by province so that each stays under the import limit (chitieu.import.max-size, 20 MB;
# the largest is about 15 MB at full size); were one larger, the app is started with a limit that holds it,
# and the output says so. JAVA_OPTS sets the app's JVM options (default -Xmx4g).
# Prints Markdown for BENCHMARKS.md.
#   bench/nation-bench.sh [provinces, default 34] [communes, default 3321] [indicators, default 180]
#                         [years, default 2] [seconds per measure, default 20]
# Needs python3, psql, wrk (apt-get install -y wrk postgresql-client); about 10 GB free under /tmp at full size
# (the CSV files take 0,35 GB, the database with its copy of the figures several GB).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
provinces=${1:-34}
communes=${2:-3321}
indicators=${3:-180}
years=${4:-2}
seconds=${5:-20}
port=$(bench_port)
base="http://127.0.0.1:$port"
admin=admin:nation-bench-1
period=2025-12
work=$(mktemp -d /tmp/nation-bench.XXXXXX)
trap bench_cleanup EXIT
bench_require python3 psql wrk curl java

start_machine=$(bench_machine)
started=$(date +%s)
bench_note "generating the data"
values=$(python3 bench/nation-data.py "$work" "$provinces" "$communes" "$indicators" "$years")
generated_s=$(($(date +%s) - started))
largest=$(stat -c %s "$work"/values-*.csv | sort -n | tail -1)
limit=""
if [ "$largest" -gt $((20 * 1024 * 1024)) ]; then
	limit="--chitieu.import.max-size=$((largest / 1024 / 1024 + 1))MB"
fi
bench_start_app "$port" "${admin#admin:}" $limit
started=$(date +%s.%N)
bench_post_metadata "$base" "$admin" "$work/metadata.json"
metadata_s=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')

# file communes values bytes import-seconds, one line per province, in $work/imports
for file in "$work"/values-*.csv; do
	seconds_taken=$(bench_import "$base" "$admin" "$file")
	printf '%s %s %s %s %s\n' "$(basename "$file" .csv)" "$(cut -d, -f2 "$file" | sort -u | wc -l | awk '{print $1 - 1}')" \
		$(($(wc -l <"$file") - 1)) "$(stat -c %s "$file")" "$seconds_taken" >>"$work/imports"
done
bench_note "COPY baseline"
bench_copy_table
for file in "$work"/values-*.csv; do bench_copy "$file"; done >"$work/copies"
bench_psql -c 'drop table bench_copy'

token=$(bench_token "$base" "$admin" nation-bench)
bench_latency_script "$token"
for unit in VN P01 P01-001; do bench_progress_check "$base" "$token" "$unit" "$period"; done

printf '\n### Nation: %s provinces, %s communes, %s indicators, %s years: %s entered values\n\n' \
	"$provinces" "$communes" "$indicators" "$years" "$values"
printf 'Command: `bench/nation-bench.sh %s %s %s %s %s`; JVM %s; import limit %s; data generated in %s s, metadata (%s units) posted in %s s.\n' \
	"$provinces" "$communes" "$indicators" "$years" "$seconds" "${JAVA_OPTS:--Xmx4g}" "${limit:-20MB (default)}" \
	"$generated_s" "$((provinces + communes + 1))" "$metadata_s"
printf 'Machine at start: %s.\n\n' "$start_machine"
printf '| file | communes | values | MB | import s | COPY s (baseline) | × COPY |\n|---|---:|---:|---:|---:|---:|---:|\n'
paste -d' ' "$work/imports" "$work/copies" | awk '{
	printf "| %s | %d | %d | %.1f | %.2f | %.2f | %.1f |\n", $1, $2, $3, $4 / 1048576, $5, $6, $5 / $6
	c += $2; n += $3; b += $4; app += $5; copy += $6 }
	END { printf "| **total** | %d | %d | %.1f | %.1f | %.1f | %.1f |\n", c, n, b / 1048576, app, copy, app / copy
		printf "\nimport: %.0f values/s through the API, %.0f values/s by COPY\n\n", n / app, n / copy }'
printf '| GET /api/v1/progress, %s, warm, bearer token, %s s | requests | p50 ms | p95 ms | p99 ms | errors |\n' \
	"$period" "$seconds"
printf '|---|---:|---:|---:|---:|---:|\n'
bench_measure "nation VN, 1 client" "$base/api/v1/progress?orgUnit=VN&period=$period" 1 1 "$seconds"
bench_measure "province P01, 1 client" "$base/api/v1/progress?orgUnit=P01&period=$period" 1 1 "$seconds"
bench_measure "commune P01-001, 1 client" "$base/api/v1/progress?orgUnit=P01-001&period=$period" 1 1 "$seconds"
bench_measure "nation VN, 32 clients" "$base/api/v1/progress?orgUnit=VN&period=$period" 2 32 "$seconds"
printf '\npeak heap (from -Xlog:gc): %s\n' "$(bench_peak_heap)"
bench_database_size
printf 'Machine at end: %s.\n' "$(bench_machine)"
