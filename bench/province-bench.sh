#!/usr/bin/env bash
# A synthetic province at the size DESIGN.md plans for (issue 11): COMMUNES communes × 180 indicators
# (160 entered, 20 computed rates of two entered ones) × YEARS years of monthly figures, every value
# through the public API. Measures, in one run on one fresh embedded PostgreSQL:
#   - the CSV import (`POST /api/v1/datavalues/import`, one request) against PostgreSQL `COPY` of the
#     same file into a table with the same key on the app's own database (the baseline);
#   - `GET /api/v1/progress` with a bearer token, warm: p50/p95 of the province and of one commune,
#     one client at a time, and p50/p99 with 32 concurrent clients on the province.
#   bench/province-bench.sh [communes, default 100] [years of history, default 2] [seconds, default 20]
# Needs python3, psql, wrk (apt-get install -y wrk postgresql-client).
set -euo pipefail
cd "$(dirname "$0")/.."
communes=${1:-100}
years=${2:-2}
seconds=${3:-20}
port=8097
base="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/province-bench.XXXXXX)
auth=(-u admin:province-bench-1)
app=""

cleanup() {
	if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
	rm -rf "$work"
}
trap cleanup EXIT
for tool in python3 psql wrk; do
	command -v "$tool" >/dev/null || { echo "needs $tool: apt-get install -y wrk postgresql-client" >&2; exit 1; }
done

[ -f target/chitieu.jar ] || mvn -q -DskipTests package
CHITIEU_DATA_DIR="$work/data" CHITIEU_ADMIN_PASSWORD=province-bench-1 SERVER_PORT=$port \
	java -Xmx4g -jar target/chitieu.jar >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "$base/actuator/health" && break; sleep 1; done
curl -sf -o /dev/null "$base/actuator/health" || { tail -50 "$work/app.log" >&2; exit 1; }

python3 bench/province-data.py "$work" "$communes" "$years"
curl -sS --fail-with-body "${auth[@]}" -H 'Content-Type: application/json' \
	--data-binary @"$work/metadata.json" "$base/api/v1/metadata" >"$work/out" || { cat "$work/out"; exit 1; }
values=$(($(wc -l <"$work/values.csv") - 1))
last_year=$((2026 - 1))
period="$last_year-12"

# the app's own database: the embedded server's port and password are in its data directory
pg_port=$(sed -n 4p "$work/data/postgres/postmaster.pid")
export PGPASSWORD=""
[ -f "$work/data/postgres-password" ] && PGPASSWORD=$(cat "$work/data/postgres-password")
psql_app() { psql -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }

import_s=$(curl -sS --fail-with-body "${auth[@]}" -H 'Content-Type: text/csv' --data-binary @"$work/values.csv" \
	-o "$work/import.out" -w '%{time_total}' "$base/api/v1/datavalues/import") || { head -c 2000 "$work/import.out"; exit 1; }
psql_app -c 'create table bench_copy (indicator text, org_unit text, period text, value numeric, comment text,
	primary key (indicator, org_unit, period))'
TIMEFORMAT=%R
copy_s=$( { time psql_app -c "\\copy bench_copy from '$work/values.csv' with (format csv, header)" ; } 2>&1 | tail -1)
psql_app -c 'drop table bench_copy'

token=$(curl -sf "${auth[@]}" -H 'Content-Type: application/json' -d '{"name":"province-bench"}' \
	"$base/api/v1/tokens" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
cat >"$work/latency.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $token"
done = function(summary, latency, requests)
	io.write(string.format("%d %.2f %.2f %.2f %d\n", summary.requests, latency:percentile(50) / 1000,
		latency:percentile(95) / 1000, latency:percentile(99) / 1000,
		summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
LUA
measure() { # label url threads connections -> requests p50 p95 p99 errors
	wrk --timeout 30s -t"$3" -c"$4" -d3s -s "$work/latency.lua" "$2" >/dev/null
	wrk --timeout 30s -t"$3" -c"$4" -d"${seconds}s" -s "$work/latency.lua" "$2" | tail -1 | {
		read -r n p50 p95 p99 errors
		printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$n" "$p50" "$p95" "$p99" "$errors"
	}
}
curl -sf -H "Authorization: Bearer $token" -o "$work/progress.json" "$base/api/v1/progress?orgUnit=BP&period=$period"

printf '\n%s communes, %s years, %s values; machine: %s cores, load %s\n\n' "$communes" "$years" "$values" \
	"$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '| import | seconds | values/s | × COPY |\n|---|---:|---:|---:|\n'
awk -v n="$values" -v copy="$copy_s" -v app="$import_s" 'BEGIN {
	printf "| COPY into a table with the same key (baseline) | %.2f | %.0f | 1.0 |\n", copy, n / copy
	printf "| POST /api/v1/datavalues/import (CSV) | %.2f | %.0f | %.1f |\n\n", app, n / app, app / copy }'
printf '| GET /api/v1/progress, warm, bearer token | requests | p50 ms | p95 ms | p99 ms | errors |\n|---|---:|---:|---:|---:|---:|\n'
measure "province BP, 1 client" "$base/api/v1/progress?orgUnit=BP&period=$period" 1 1
measure "commune BP-001, 1 client" "$base/api/v1/progress?orgUnit=BP-001&period=$period" 1 1
measure "province BP, 32 clients" "$base/api/v1/progress?orgUnit=BP&period=$period" 2 32
printf '\npeak heap (MB, from the JVM): %s\n' "$(jcmd "$app" GC.heap_info 2>/dev/null | awk '/used/ {print; exit}')"
printf 'database size: %s\n' "$(psql_app -At -c "select pg_size_pretty(pg_database_size('postgres'))")"
