#!/usr/bin/env bash
# Simultaneous signed-in users on the demo (issue 12, item 5 and "Load"): USERS accounts, each signing in
# through the sign-in form on a fresh session with its CSRF token and loading its first pages at once, then
# SECONDS of steady load (dashboard, indicator page, progress API, a draft figure through the entry form).
# Starts its own app with --demo on a free port (BENCH_PORT to choose) and a fresh embedded PostgreSQL, and stops it at the end;
# the client is bench/users-bench.py (python3 standard library), which says what it does in detail.
# Prints Markdown for BENCHMARKS.md; exits 1 if any answer was a 5xx, any request went unanswered or a sign-in failed.
#   bench/users-bench.sh [users, default 200] [seconds of steady load, default 60]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
users=${1:-200}
seconds=${2:-60}
port=$(bench_port)
base="http://127.0.0.1:$port"
password=users-bench-1
work=$(mktemp -d /tmp/users-bench.XXXXXX)
trap bench_cleanup EXIT
bench_require python3 curl java

start_machine=$(bench_machine)
bench_start_app "$port" "$password" --demo
# the demo loads after the server answers: wait for its plan
progress="$base/api/v1/progress?orgUnit=CD&period=2024-05"
for _ in $(seq 1 180); do curl -sf -u "admin:$password" -o /dev/null "$progress" && break; sleep 1; done
on_schedule() {
	curl -sf -u "admin:$password" "$progress" \
		| python3 -c 'import json,sys; s=json.load(sys.stdin)["summary"]; print(s["onTrack"], s["total"], sep="/")'
}
before=$(on_schedule)

printf '\n### %s simultaneous users on the demo\n\nCommand: `bench/users-bench.sh %s %s` (client: python3 %s, one thread per request in flight, on the same machine as the app); JVM %s.\n\n' \
	"$users" "$users" "$seconds" "$(python3 -c 'import platform; print(platform.python_version())')" "${JAVA_OPTS:--Xmx4g}"
printf 'Machine at start: %s.\n\n' "$start_machine"
status=0
python3 -u bench/users-bench.py "$base" "$password" "$users" "$seconds" || status=$?
printf '\nMachine at end: %s. CD 2024-05 on schedule before and after: %s and %s (the demo reads 22/24).\n' \
	"$(bench_machine)" "$before" "$(on_schedule)"
printf 'Peak heap (from -Xlog:gc): %s.\n' "$(bench_peak_heap)"
exit "$status"
