"""A synthetic province for bench/province-bench.sh and bench/history-bench.sh: metadata and a CSV of entered figures.

province-data.py DIR COMMUNES FIRST_YEAR [LAST_YEAR, default 2025] writes DIR/metadata.json and DIR/values.csv:
province BP with COMMUNES communes (BP-001 ...), 160 entered indicators and 20 computed rates (see synthetic.py),
plans for BP and BP-001 in 2025, and monthly values of every entered indicator at every commune from January
of FIRST_YEAR to December of LAST_YEAR. Deterministic: the same arguments give the same bytes.
"""
import json
import sys

from synthetic import HEADER, Catalogue

out, communes, first = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
last = int(sys.argv[4]) if len(sys.argv) > 4 else 2025
units = [f"BP-{i:03d}" for i in range(1, communes + 1)]
catalogue = Catalogue("BP", 160, 20, "BP-SO")
doc = {
    "orgUnits": [{"code": "BP", "name": "Tỉnh Thử Nghiệm", "type": "PROVINCE", "parent": None,
                  "validFrom": "2000-01-01", "validTo": None}]
    + [{"code": u, "name": f"Xã Thử Nghiệm {u[-3:]}", "type": "COMMUNE", "parent": "BP",
        "validFrom": "2000-01-01", "validTo": None} for u in units],
    "successions": [],
    "sectors": catalogue.sectors(),
    "agencies": [{"code": "BP-SO", "name": "Sở Thử Nghiệm", "orgUnit": "BP"}],
    "indicators": catalogue.indicators(),
    "plans": [catalogue.plan("BP", communes), catalogue.plan("BP-001", 1)],
}
with open(f"{out}/metadata.json", "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False)
with open(f"{out}/values.csv", "w", encoding="utf-8") as f:
    f.write(HEADER)
    catalogue.write_values(f, units, range(first, last + 1))
