#!/usr/bin/env bash
# Requests/s and p99 latency of the public article page (the demo's May 2024 report) under wrk, against
# a static copy of the same HTML served by nginx on loopback, in the same run, with the same threads,
# connections and duration. Uses the app on port 8096 if one answers there, else starts one with a
# fresh embedded database (and stops it at the end). Needs wrk and nginx (apt-get install -y wrk nginx-light).
#   bench/portal-bench.sh [duration, default 10s] [connections, default 32] [rounds, default 1]
# BASELINE_JAR=other.jar also starts that jar (on port 8097, its own fresh database) and measures it in the
# same run, for a before and after; with several rounds, the servers take turns and each round is printed.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10s}
connections=${2:-32}
rounds=${3:-1}
threads=2
port=8096
static_port=8196
slug=ubnd-can-duoc-nhung-noi-dung-trong-tam-can-tap-trung-thuc-hien-nam-2024
app_url="http://127.0.0.1:$port/public/articles/$slug"
static_url="http://127.0.0.1:$static_port/public/articles/$slug"
work=$(mktemp -d /tmp/portal-bench.XXXXXX)
chmod 755 "$work" # nginx's workers run as an unprivileged user and read the copy from here
app=""
baseline_app=""
baseline_port=8097
baseline_url="http://127.0.0.1:$baseline_port/public/articles/$slug"
nginx_pid=""

cleanup() {
	[ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
	if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
	if [ -n "$baseline_app" ]; then kill "$baseline_app" 2>/dev/null || true; wait "$baseline_app" 2>/dev/null || true; fi
	rm -rf "$work"
}
trap cleanup EXIT

for tool in wrk nginx; do
	command -v "$tool" >/dev/null || { echo "needs $tool: apt-get install -y wrk nginx-light" >&2; exit 1; }
done

if ! curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health"; then
	[ -f target/chitieu.jar ] || mvn -q -DskipTests package
	CHITIEU_DATA_DIR="$work/data" CHITIEU_ADMIN_PASSWORD=bench SERVER_PORT=$port java -jar target/chitieu.jar --demo \
		>"$work/app.log" 2>&1 &
	app=$!
fi
if [ -n "${BASELINE_JAR:-}" ]; then
	CHITIEU_DATA_DIR="$work/baseline-data" CHITIEU_ADMIN_PASSWORD=bench SERVER_PORT=$baseline_port \
		java -jar "$BASELINE_JAR" --demo >"$work/baseline.log" 2>&1 &
	baseline_app=$!
fi
# the demo loads after the server answers: wait for the published article
for url in "$app_url" ${BASELINE_JAR:+"$baseline_url"}; do
	for _ in $(seq 1 300); do curl -sf -o /dev/null "$url" && break; sleep 1; done
	curl -sf -o /dev/null "$url" || { echo "the article does not answer at $url" >&2; exit 1; }
done

# the same bytes, served as a file
mkdir -p "$work/www/public/articles" "$work/nginx"
curl -sf "$app_url" -o "$work/www/public/articles/$slug"
cat >"$work/nginx/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
daemon off;
events { worker_connections 1024; }
http {
	access_log off;
	default_type text/html;
	client_body_temp_path $work/nginx;
	proxy_temp_path $work/nginx;
	fastcgi_temp_path $work/nginx;
	uwsgi_temp_path $work/nginx;
	scgi_temp_path $work/nginx;
	server {
		listen 127.0.0.1:$static_port;
		root $work/www;
		add_header Cache-Control "max-age=60, public";
	}
}
NGINX
nginx -c "$work/nginx/nginx.conf" &
nginx_pid=$!
for _ in $(seq 1 20); do curl -sf -o /dev/null "$static_url" && break; sleep 0.2; done
cmp -s <(curl -sf "$app_url") <(curl -sf "$static_url") || {
	echo "nginx does not serve the same page" >&2; cat "$work/nginx/error.log" >&2; exit 1; }
if [ -n "${BASELINE_JAR:-}" ]; then
	cmp -s <(curl -sf "$app_url") <(curl -sf "$baseline_url") || { echo "the baseline serves another page" >&2; exit 1; }
fi

run() {
	# a short warm-up (JIT, caches), then the measured run
	wrk -t"$threads" -c"$connections" -d3s "$2" >/dev/null
	wrk -t"$threads" -c"$connections" -d"$duration" --latency "$2" >"$work/$1.txt"
	local rps p99
	rps=$(awk '/^Requests\/sec:/ {print $2}' "$work/$1.txt")
	p99=$(awk '$1 == "99%" {print $2}' "$work/$1.txt")
	printf '%-34s %12s %10s\n' "$1" "$rps" "$p99"
	echo "$rps" >>"$work/$1.rps"
}

median() {
	sort -n "$1" | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

bytes=$(wc -c <"$work/www/public/articles/$slug")
echo "machine: $(nproc) CPUs, $(free -g | awk '/^Mem:/ {print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "page: $bytes bytes; wrk -t$threads -c$connections -d$duration --latency"
printf '%-34s %12s %10s\n' "server" "requests/s" "p99"
app_name="app (Spring, port $port)"
nginx_name="nginx (static, port $static_port)"
baseline_name="baseline app (port $baseline_port)"
for round in $(seq 1 "$rounds"); do
	[ "$rounds" -eq 1 ] || echo "round $round, load $(cut -d' ' -f1-3 /proc/loadavg)"
	run "$app_name" "$app_url"
	run "$nginx_name" "$static_url"
	[ -z "${BASELINE_JAR:-}" ] || run "$baseline_name" "$baseline_url"
done
echo "load at end: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$rounds" -eq 1 ] || echo "medians of $rounds rounds:"
awk -v a="$(median "$work/$app_name.rps")" -v n="$(median "$work/$nginx_name.rps")" \
	'BEGIN { printf "app / nginx requests/s: %.3f (nginx %.1f× the app)\n", a / n, n / a }'
if [ -n "${BASELINE_JAR:-}" ]; then
	awk -v a="$(median "$work/$baseline_name.rps")" -v n="$(median "$work/$nginx_name.rps")" \
		'BEGIN { printf "baseline / nginx requests/s: %.3f\n", a / n }'
fi
