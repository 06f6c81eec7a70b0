# Shared by the bench/*.sh scripts (sourced, not run): the machine line, one app on a fresh embedded
# PostgreSQL, psql on that database, a bearer token, wrk latency percentiles, the peak heap from the GC log.
# A script sets `work` (a temporary directory) before calling bench_start_app; bench_cleanup stops the app.

app=""
# set -e stops a script silently when a command substitution fails: say where
trap 'echo "${BASH_SOURCE[0]}: line $LINENO failed: $BASH_COMMAND" >&2' ERR

bench_require() {
	local tool
	for tool in "$@"; do
		command -v "$tool" >/dev/null || {
			echo "needs $tool: apt-get install -y wrk postgresql-client (and python3, a JDK)" >&2; exit 1; }
	done
}

# What the script is doing, with the time, on stderr (the Markdown goes to stdout).
bench_note() {
	printf '%s %s\n' "$(date -u +%T)" "$*" >&2
}

bench_cleanup() {
	if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
	if [ -n "${BENCH_KEEP:-}" ]; then echo "kept $work" >&2; elif [ -n "${work:-}" ]; then rm -rf "$work"; fi
}

# The machine, for the Markdown: cores, CPU model, memory, Java, load average now.
bench_machine() {
	printf '%s CPUs (%s), %s GB RAM, %s, load average %s' "$(nproc)" \
		"$(lscpu | sed -n 's/^Model name: *//p' | head -1)" "$(free -g | awk '/^Mem:/ {print $2}')" \
		"$(java -version 2>&1 | head -1)" "$(cut -d' ' -f1-3 /proc/loadavg)"
}

# A free port on loopback (BENCH_PORT if set): other sessions may run the same benchmark at the same time.
bench_port() {
	echo "${BENCH_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
}

# bench_start_app PORT ADMIN_PASSWORD [app arguments...]: a fresh data directory under $work, the JVM options
# in JAVA_OPTS (default -Xmx4g), a GC log in $work/gc.log for the peak heap; waits (up to 10 min on a loaded
# machine) until this very app says it started and answers healthy.
bench_start_app() {
	local port=$1 password=$2
	shift 2
	if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
		echo "port $port is taken: stop what answers there or choose another BENCH_PORT" >&2
		exit 1
	fi
	[ -f target/chitieu.jar ] || mvn -q -DskipTests package
	bench_note "starting the app on port $port"
	# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
	CHITIEU_DATA_DIR="$work/data" CHITIEU_ADMIN_PASSWORD="$password" SERVER_PORT=$port \
		java ${JAVA_OPTS:--Xmx4g} "-Xlog:gc:file=$work/gc.log" -jar target/chitieu.jar "$@" >"$work/app.log" 2>&1 &
	app=$!
	local _
	for _ in $(seq 1 600); do
		kill -0 "$app" 2>/dev/null || break
		grep -q "Tomcat started on port $port" "$work/app.log" \
			&& curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health" && return 0
		sleep 1
	done
	echo "the app did not become healthy:" >&2
	tail -50 "$work/app.log" >&2
	exit 1
}

# psql on the app's own database: the embedded server's port and password are in its data directory.
bench_psql() {
	local pg_port
	pg_port=$(sed -n 4p "$work/data/postgres/postmaster.pid")
	PGPASSWORD=$(cat "$work/data/postgres-password" 2>/dev/null || true) PGOPTIONS=--client-min-messages=warning \
		psql -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"
}

# bench_token BASE USER:PASSWORD NAME: a new bearer token of that user.
bench_token() {
	curl -sf -u "$2" -H 'Content-Type: application/json' -d "{\"name\":\"$3\"}" "$1/api/v1/tokens" \
		| python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])'
}

# bench_latency_script TOKEN: the wrk script that sends the token and prints "requests p50 p95 p99 errors".
bench_latency_script() {
	cat >"$work/latency.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $1"
done = function(summary, latency, requests)
	io.write(string.format("%d %.2f %.2f %.2f %d\n", summary.requests, latency:percentile(50) / 1000,
		latency:percentile(95) / 1000, latency:percentile(99) / 1000,
		summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
LUA
}

# bench_measure LABEL URL THREADS CONNECTIONS SECONDS: a 3 s warm-up, then a Markdown row
# | label | requests | p50 ms | p95 ms | p99 ms | errors | (non-2xx answers count as errors).
bench_measure() {
	bench_note "measuring $1"
	wrk --timeout 30s -t"$3" -c"$4" -d3s -s "$work/latency.lua" "$2" >/dev/null
	wrk --timeout 30s -t"$3" -c"$4" -d"$5s" -s "$work/latency.lua" "$2" | tail -1 | {
		read -r n p50 p95 p99 errors
		# no request answered within the run: no percentiles (wrk would print zeros)
		[ "$n" -gt 0 ] || p50=– p95=– p99=–
		printf '| %s | %s | %s | %s | %s | %s |\n' "$1" "$n" "$p50" "$p95" "$p99" "$errors"
	}
}

# bench_cold LABEL BASE ADMIN TOKEN UNIT PERIOD REQUESTS: progress of UNIT right after a write, as a page shows it
# after each entry: REQUESTS times, one figure of the commune BP-001 written (POST /api/v1/datavalues, untimed),
# then one timed GET, stopping at the first that fails (a lost write would measure the cache); a Markdown row
# | label | requests | p50 ms | p95 ms | max ms | (a write clears the cached reports, so each GET computes its
# report again from the rollups).
bench_cold() {
	bench_note "measuring $1"
	local i
	for i in $(seq 1 "$7"); do
		curl -sf -o /dev/null -u "$3" -H 'Content-Type: application/json' \
			-d "[{\"indicator\":\"BPI001\",\"orgUnit\":\"BP-001\",\"period\":\"$6\",\"value\":$((500 + i))}]" \
			"$2/api/v1/datavalues" || { echo "bench_cold: the write failed" >&2; exit 1; }
		curl -sf -o /dev/null -H "Authorization: Bearer $4" -w '%{time_total}\n' \
			"$2/api/v1/progress?orgUnit=$5&period=$6" || { echo "bench_cold: the request failed" >&2; exit 1; }
	done | python3 -c '
import statistics, sys
label = sys.argv[1]
ms = sorted(float(line) * 1000 for line in sys.stdin)
p95 = ms[max(0, round(0.95 * len(ms)) - 1)]
print(f"| {label} | {len(ms)} | {statistics.median(ms):.2f} | {p95:.2f} | {ms[-1]:.2f} |")' "$1"
}

# The largest heap in use the GC log saw (the heap before each collection), in MB, and the committed heap.
bench_peak_heap() {
	awk 'function mb(v) { u = substr(v, length(v)); n = substr(v, 1, length(v) - 1)
			return u == "G" ? n * 1024 : u == "K" ? n / 1024 : n + 0 }
		match($0, /[0-9]+[KMG]->[0-9]+[KMG]\([0-9]+[KMG]\)/) {
			split(substr($0, RSTART, RLENGTH), p, /->|\(|\)/)
			if (mb(p[1]) > peak) peak = mb(p[1]); if (mb(p[3]) > committed) committed = mb(p[3]) }
		END { printf "%.0f MB in use at most, before a collection (heap size after collections at most %.0f MB)", peak, committed }' \
		"$work/gc.log"
}

# bench_post_metadata BASE USER:PASSWORD FILE: posts a metadata document, or shows the refusal and stops.
bench_post_metadata() {
	curl -sS --fail-with-body -u "$2" -H 'Content-Type: application/json' --data-binary @"$3" \
		-o "$work/metadata.out" "$1/api/v1/metadata" || { head -c 2000 "$work/metadata.out" >&2; exit 1; }
}

# bench_import BASE USER:PASSWORD FILE: one CSV import request; prints its seconds, or shows the refusal and stops.
bench_import() {
	bench_note "importing $(basename "$3")"
	curl -sS --fail-with-body -u "$2" -H 'Content-Type: text/csv' --data-binary @"$3" -o "$work/import.out" \
		-w '%{time_total}\n' "$1/api/v1/datavalues/import" || { echo >&2; head -c 2000 "$work/import.out" >&2; exit 1; }
}

# bench_copy_table: the baseline's table, with the key of the figures (indicator, org unit, period).
bench_copy_table() {
	bench_psql -c 'drop table if exists bench_copy' -c 'create table bench_copy (indicator text, org_unit text,
		period text, value numeric, comment text, primary key (indicator, org_unit, period))'
}

# bench_copy FILE: seconds of psql's \copy of that CSV into bench_copy (the client reads the file, as curl does).
bench_copy() {
	local started
	started=$(date +%s.%N)
	bench_psql -c "\\copy bench_copy from '$1' with (format csv, header)"
	awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f\n", b - a }'
}

# bench_progress_check BASE TOKEN UNIT PERIOD: stops unless the unit's plan has targets with figures.
bench_progress_check() {
	curl -sf -H "Authorization: Bearer $2" "$1/api/v1/progress?orgUnit=$3&period=$4" | python3 -c '
import json, sys
p = json.load(sys.stdin)
actual = sum(1 for i in p["indicators"] if i["actual"] is not None)
summary = p["summary"]
if not summary["total"] or not actual:
    sys.exit(f"progress of {sys.argv[1]}: no targets with figures: {summary}")' "$3"
}

# The database's size and its five largest tables with their indexes (the figures, the rollups, ...).
bench_database_size() {
	printf 'database size: %s; largest tables (with indexes and TOAST): %s\n' \
		"$(bench_psql -At -c "select pg_size_pretty(pg_database_size(current_database()))")" \
		"$(bench_psql -At -c "select string_agg(relname || ' ' || pg_size_pretty(size), ', ' order by size desc)
			from (select relname, pg_total_relation_size(oid) size from pg_class where relkind = 'r'
				and relnamespace = 'public'::regnamespace order by size desc limit 5) t")"
}
