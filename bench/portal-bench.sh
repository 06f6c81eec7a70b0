#!/usr/bin/env bash
# Requests/s and p99 latency of the public article page (the demo's May 2024 report) under wrk, against
# a static copy of the same HTML served by nginx on loopback, in the same run, with the same threads,
# connections and duration. Uses the app on port 8096 if one answers there, else starts one with a
# fresh embedded database (and stops it at the end). Needs wrk and nginx (apt-get install -y wrk nginx-light).
#   bench/portal-bench.sh [duration, default 10s] [connections, default 32]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10s}
connections=${2:-32}
threads=2
port=8096
static_port=8196
slug=ubnd-can-duoc-nhung-noi-dung-trong-tam-can-tap-trung-thuc-hien-nam-2024
app_url="http://127.0.0.1:$port/public/articles/$slug"
static_url="http://127.0.0.1:$static_port/public/articles/$slug"
work=$(mktemp -d /tmp/portal-bench.XXXXXX)
chmod 755 "$work" # nginx's workers run as an unprivileged user and read the copy from here
app=""
nginx_pid=""

cleanup() {
	[ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
	if [ -n "$app" ]; then kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; fi
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
# the demo loads after the server answers: wait for the published article
for _ in $(seq 1 120); do curl -sf -o /dev/null "$app_url" && break; sleep 1; done
curl -sf -o /dev/null "$app_url" || { echo "the article does not answer at $app_url" >&2; exit 1; }

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

run() {
	# a short warm-up (JIT, caches), then the measured run
	wrk -t"$threads" -c"$connections" -d3s "$2" >/dev/null
	wrk -t"$threads" -c"$connections" -d"$duration" --latency "$2" >"$work/$1.txt"
	local rps p99
	rps=$(awk '/^Requests\/sec:/ {print $2}' "$work/$1.txt")
	p99=$(awk '$1 == "99%" {print $2}' "$work/$1.txt")
	printf '%-28s %12s %10s\n' "$1" "$rps" "$p99"
	echo "$rps" >"$work/$1.rps"
}

bytes=$(wc -c <"$work/www/public/articles/$slug")
echo "machine: $(nproc) CPUs, $(free -g | awk '/^Mem:/ {print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "page: $bytes bytes; wrk -t$threads -c$connections -d$duration --latency"
printf '%-28s %12s %10s\n' "server" "requests/s" "p99"
run "app (Spring, port $port)" "$app_url"
run "nginx (static, port $static_port)" "$static_url"
awk -v a="$(cat "$work/app (Spring, port $port).rps")" -v n="$(cat "$work/nginx (static, port $static_port).rps")" \
	'BEGIN { printf "app / nginx requests/s: %.3f (nginx %.1f× the app)\n", a / n, n / a }'
