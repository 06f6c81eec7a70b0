#!/usr/bin/env bash
# Time to produce the monthly report in each format (and a quarterly one), for the demo district CD (24 indicators, 17
# communes) and for a synthetic district BENCH with 100 communes, against the progress JSON of the
# same unit as the baseline (the report is that query plus writing). Starts its own app on port 8093
# with a fresh embedded database, and stops it at the end.
#   bench/report-bench.sh [runs per case, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
port=8093
base="http://localhost:$port"
data=$(mktemp -d /tmp/report-bench.XXXXXX)
auth=(-u admin:bench)

[ -f target/chitieu.jar ] || mvn -q -DskipTests package
CHITIEU_DATA_DIR="$data" CHITIEU_ADMIN_PASSWORD=bench SERVER_PORT=$port java -jar target/chitieu.jar --demo \
	>"$data/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
# the demo loads after the server answers: wait for its plan
until curl -sf "${auth[@]}" -o /dev/null "$base/api/v1/progress?orgUnit=CD&period=2024-05"; do sleep 1; done

# BENCH: 100 communes under Long An, the CD plan's targets, a year and five months of figures for
# each commune's rice, vegetables, shrimp and jobs (the district's value is their sum).
python3 - "$data" <<'PY'
import json, sys
data = sys.argv[1]
communes = [f"BENCH-{i:03d}" for i in range(1, 101)]
targets = [{"indicator": c, "value": v} for c, v in
	[("RICE", 500000), ("VEGETABLE", 200000), ("SHRIMP", 30000), ("JOBS", 100000)]]
doc = {"orgUnits": [{"code": "BENCH", "name": "Huyện Thử Nghiệm", "type": "DISTRICT", "parent": "LA",
		"validFrom": "2000-01-01", "validTo": None}]
	+ [{"code": c, "name": f"Xã Thử Nghiệm {c[-3:]}", "type": "COMMUNE", "parent": "BENCH",
		"validFrom": "2000-01-01", "validTo": None} for c in communes],
	"plans": [{"code": "BENCH-2024", "orgUnit": "BENCH", "year": 2024, "resolution": "Benchmark", "targets": targets}]}
json.dump(doc, open(f"{data}/metadata.json", "w"))
rows = []
for i, c in enumerate(communes):
	for period in [f"2023-{m:02d}" for m in range(1, 13)] + [f"2024-{m:02d}" for m in range(1, 6)]:
		for code, value in [("RICE", 300 + i), ("VEGETABLE", 120 + i), ("SHRIMP", 15.5 + i / 10), ("JOBS", 60 + i)]:
			rows.append({"indicator": code, "orgUnit": c, "period": period, "value": value, "comment": None})
json.dump(rows, open(f"{data}/values.json", "w"))
PY
curl -sS --fail-with-body "${auth[@]}" -H "Content-Type: application/json" --data-binary @"$data/metadata.json" "$base/api/v1/metadata" >"$data/out" || { cat "$data/out"; exit 1; }
curl -sf "${auth[@]}" -H 'Content-Type: application/json' --data-binary @"$data/values.json" "$base/api/v1/datavalues" >/dev/null

# median milliseconds of $runs requests after 3 warm-up requests
median() {
	local url=$1
	for _ in 1 2 3; do curl -sf "${auth[@]}" -o /dev/null "$url"; done
	for _ in $(seq "$runs"); do curl -sf "${auth[@]}" -o /dev/null -w '%{time_total}\n' "$url"; done \
		| sort -n | awk '{ t[NR] = $1 } END { printf "%.1f", 1000 * t[int((NR + 1) / 2)] }'
}

printf '| unit | what | median ms | × progress JSON |\n|---|---|---:|---:|\n'
for unit in CD BENCH; do
	baseline=$(median "$base/api/v1/progress?orgUnit=$unit&period=2024-05")
	printf '| %s | progress JSON (baseline) | %s | 1.0 |\n' "$unit" "$baseline"
	for format in html docx xlsx pdf; do
		ms=$(median "$base/api/v1/reports/monthly?orgUnit=$unit&period=2024-05&format=$format")
		printf '| %s | report %s | %s | %s |\n' "$unit" "$format" "$ms" "$(awk -v a="$ms" -v b="$baseline" 'BEGIN { printf "%.1f", a / b }')"
	done
	# a quarter not starting in January evaluates the plan twice (its own figure is the difference)
	for format in docx pdf; do
		ms=$(median "$base/api/v1/reports?orgUnit=$unit&period=2024-Q2&format=$format")
		printf '| %s | 2024-Q2 report %s | %s | %s |\n' "$unit" "$format" "$ms" "$(awk -v a="$ms" -v b="$baseline" 'BEGIN { printf "%.1f", a / b }')"
	done
done
