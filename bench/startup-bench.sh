#!/usr/bin/env bash
# Start-up time, as a user waits for it: from launching the app to /actuator/health answering UP (which
# waits for the runners: the first administrator and --demo). Per run and variant: a fresh start with
# --demo on a new data directory, stopped, then a restart on the same directory without --demo. The
# variants take turns within each run, so a baseline shares the machine's load with what it is compared to.
#   bench/startup-bench.sh [runs, default 3] [name=command ...]
# A command launches the app with the arguments it is given ("--demo" or none) and CHITIEU_DATA_DIR,
# SERVER_PORT and CHITIEU_ADMIN_PASSWORD in its environment; by default two variants:
#   jar=java -jar target/chitieu.jar      script=bin/chitieu (the README's start, with its CDS archive)
# Prints a Markdown section for BENCHMARKS.md on stdout (progress on stderr): every time, the medians, and
# "Started … in" from the app's log (the Spring context) beside the time to healthy.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
source bench/lib.sh
bench_require curl python3 java

runs=${1:-3}
shift || true
variants=("$@")
[ ${#variants[@]} -gt 0 ] || variants=("jar=java -jar target/chitieu.jar" "script=bin/chitieu")
[ -f target/chitieu.jar ] || mvn -q -DskipTests package
work=$(mktemp -d /tmp/startup-bench.XXXXXX)
pid=""
cleanup() {
	if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
	bench_cleanup
}
trap cleanup EXIT

# start NAME COMMAND DIR [--demo]: seconds until healthy, then stops the app; the log in $work/NAME.log
start() {
	local name=$1 command=$2 dir=$3 port begin end
	shift 3
	port=$(bench_port)
	begin=$(date +%s%N)
	CHITIEU_DATA_DIR="$dir" SERVER_PORT=$port CHITIEU_ADMIN_PASSWORD=bench-startup \
		bash -c "exec env $command \"\$@\"" "$name" "$@" >"$work/$name.log" 2>&1 &
	pid=$!
	until curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health"; do
		kill -0 "$pid" 2>/dev/null || { echo "$name did not start:" >&2; tail -30 "$work/$name.log" >&2; exit 1; }
		sleep 0.1
	done
	end=$(date +%s%N)
	kill "$pid"
	wait "$pid" || true
	pid=""
	# the Spring context's own figure: "Started ChiTieuApplication in 4.2 seconds (process running for 5.0)"
	local context
	context=$(sed -n 's/.*Started ChiTieuApplication in \([0-9.]*\) seconds (process running for \([0-9.]*\)).*/\2/p' \
		"$work/$name.log" | tail -1)
	awk -v b="$begin" -v e="$end" -v c="${context:-0}" 'BEGIN { printf "%.1f %.1f\n", (e - b) / 1e9, c }'
}

median() {
	sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# a first start of each command outside the measures (bin/chitieu prepares its archive once per build)
for variant in "${variants[@]}"; do
	name=${variant%%=*}
	bench_note "warm-up start of $name"
	start "$name-warmup" "${variant#*=}" "$work/warmup-$name" --demo >/dev/null
done

echo "machine at start: $(bench_machine)" >"$work/machine"
for run in $(seq 1 "$runs"); do
	for variant in "${variants[@]}"; do
		name=${variant%%=*}
		dir="$work/data-$name-$run"
		bench_note "run $run: $name, fresh --demo"
		read -r fresh fresh_started < <(start "$name" "${variant#*=}" "$dir" --demo)
		bench_note "run $run: $name, restart"
		read -r restart restart_started < <(start "$name" "${variant#*=}" "$dir")
		echo "$name $run $fresh $fresh_started $restart $restart_started (load $(cut -d' ' -f1 /proc/loadavg))" \
			>>"$work/results"
		rm -rf "$dir"
	done
done

echo "Command: \`bench/startup-bench.sh $runs$(printf ' "%s"' "${variants[@]}")\`"
echo
cat "$work/machine"
echo
echo "Machine at end: $(bench_machine)"
echo
echo "| variant | run | fresh --demo: healthy (s) | of which \"Started\" (s) | restart: healthy (s) | of which \"Started\" (s) | load (1 min) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
while read -r name run fresh fresh_started restart restart_started _ load; do
	echo "| $name | $run | $fresh | $fresh_started | $restart | $restart_started | ${load%)} |"
done <"$work/results"
echo
echo "| variant | median fresh --demo (s) | median restart (s) |"
echo "|---|---:|---:|"
first_fresh="" first_restart=""
for variant in "${variants[@]}"; do
	name=${variant%%=*}
	fresh=$(awk -v n="$name" '$1 == n {print $3}' "$work/results" | median)
	restart=$(awk -v n="$name" '$1 == n {print $5}' "$work/results" | median)
	echo "| $name | $fresh | $restart |"
	[ -n "$first_fresh" ] || { first_fresh=$fresh; first_restart=$restart; }
done
if [ ${#variants[@]} -gt 1 ]; then
	echo
	for variant in "${variants[@]:1}"; do
		name=${variant%%=*}
		awk -v n="$name" -v b="${variants[0]%%=*}" -v bf="$first_fresh" -v br="$first_restart" \
			-v f="$(awk -v n="$name" '$1 == n {print $3}' "$work/results" | median)" \
			-v r="$(awk -v n="$name" '$1 == n {print $5}' "$work/results" | median)" \
			'BEGIN { printf "%s / %s, medians: fresh %.2f, restart %.2f\n", n, b, f / bf, r / br }'
	done
fi
