"""A synthetic province for bench/province-bench.sh: metadata document and a CSV of every entered figure.

province-data.py DIR COMMUNES YEARS writes DIR/metadata.json and DIR/values.csv: province BP with COMMUNES
communes (BP-001 ...), 160 entered indicators (flows summed over months and communes, levels kept at their
latest month and averaged over communes) and 20 computed rates of sums of two of them, plans for BP and BP-001
in the last year, and monthly values of every entered indicator at every commune over YEARS years up to 2025.
Deterministic: the same arguments give the same bytes.
"""
import csv
import json
import random
import sys

out, communes, years = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rng = random.Random(2026)
last_year = 2025
units = [f"BP-{i:03d}" for i in range(1, communes + 1)]
raw = [f"BPI{i:03d}" for i in range(1, 161)]
rates = [f"BPR{i:03d}" for i in range(1, 21)]
flows = set(raw[:120])  # the first 120 are flows (SUM), the rest levels (LAST, AVERAGE over communes)


def indicator(code, kind="RAW", formula=None):
    flow = code in flows
    return {"code": code, "name": f"Chỉ tiêu {code}", "nameEn": f"Indicator {code}", "unit": "tấn" if flow else "%",
            "sector": f"BP-S{int(code[3:]) % 8}", "agency": "BP-SO", "kind": kind, "formula": formula,
            "timeAggregation": "SUM" if flow or kind == "COMPUTED" else "LAST",
            "spaceAggregation": "SUM" if flow or kind == "COMPUTED" else "AVERAGE",
            "polarity": "HIGHER", "decimals": 0 if flow else 1, "tolerance": 0}


indicators = [indicator(c) for c in raw] + [
    indicator(r, "COMPUTED", f"100 * #{{{raw[2 * i]}}} / #{{{raw[2 * i + 1]}}}") for i, r in enumerate(rates)]
base = {c: rng.uniform(50, 500) for c in raw}


def target(code, scale):
    return {"indicator": code, "value": round(base.get(code, 100) * (12 * scale if code in flows else 1.05), 1)}


doc = {
    "orgUnits": [{"code": "BP", "name": "Tỉnh Thử Nghiệm", "type": "PROVINCE", "parent": None,
                  "validFrom": "2000-01-01", "validTo": None}]
    + [{"code": u, "name": f"Xã Thử Nghiệm {u[-3:]}", "type": "COMMUNE", "parent": "BP",
        "validFrom": "2000-01-01", "validTo": None} for u in units],
    "successions": [],
    "sectors": [{"code": f"BP-S{i}", "name": f"Lĩnh vực {i}", "nameEn": f"Sector {i}"} for i in range(8)],
    "agencies": [{"code": "BP-SO", "name": "Sở Thử Nghiệm", "orgUnit": "BP"}],
    "indicators": indicators,
    "plans": [{"code": f"{unit}-{last_year}", "orgUnit": unit, "year": last_year, "resolution": "Nghị quyết thử nghiệm",
               "targets": [target(i["code"], scale) for i in indicators]}
              for unit, scale in (("BP", communes), ("BP-001", 1))],
}
with open(f"{out}/metadata.json", "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False)

with open(f"{out}/values.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["indicator", "orgUnit", "period", "value", "comment"])
    for year in range(last_year - years + 1, last_year + 1):
        for month in range(1, 13):
            for unit in units:
                for code in raw:
                    w.writerow([code, unit, f"{year}-{month:02d}", round(base[code] * rng.uniform(0.8, 1.2), 1), ""])
