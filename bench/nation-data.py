"""A synthetic nation for bench/nation-bench.sh: metadata and one CSV of entered figures per province.

nation-data.py DIR [PROVINCES, default 34] [COMMUNES, default 3321] [INDICATORS, default 180] [YEARS, default 2]
writes DIR/metadata.json and DIR/values-P01.csv … (one file per province, so that each import stays under the
20 MB import limit at full size): the root VN (there is no nation level among the org-unit types, so it is a
PROVINCE), PROVINCES provinces P01 … under it, COMMUNES communes split unevenly among them (0,5–1,5 times the
mean, at least one each; codes P01-001 …), INDICATORS indicators of which one ninth are computed rates (180: 160
entered, 20 computed; see synthetic.py), plans of 2025 for VN, P01 and P01-001, and monthly values of every
entered indicator at every commune over the YEARS years up to 2025. Prints the number of values written.
Deterministic: the same arguments give the same bytes.
"""
import json
import random
import sys

from synthetic import HEADER, PLAN_YEAR, Catalogue

out = sys.argv[1]
provinces, communes, indicators, years = (int(a) for a in (sys.argv[2:] + ["34", "3321", "180", "2"][len(sys.argv) - 2:]))
assert 1 <= provinces <= 99 and provinces <= communes, "at least one commune per province, at most 99 provinces"

rng = random.Random(f"nation/{provinces}/{communes}")
weights = [rng.uniform(0.5, 1.5) for _ in range(provinces)]
shares = [1 + (communes - provinces) * w / sum(weights) for w in weights]
sizes = [int(s) for s in shares]
# the communes lost to rounding go to the provinces that lost most
for i in sorted(range(provinces), key=lambda i: sizes[i] - shares[i])[: communes - sum(sizes)]:
    sizes[i] += 1
codes = [f"P{p + 1:02d}" for p in range(provinces)]
units = {code: [f"{code}-{c:03d}" for c in range(1, size + 1)] for code, size in zip(codes, sizes)}

computed = indicators // 9
catalogue = Catalogue("N", indicators - computed, computed, "N-SO")
doc = {
    "orgUnits": [{"code": "VN", "name": "Toàn quốc (thử nghiệm)", "type": "PROVINCE", "parent": None,
                  "validFrom": "2000-01-01", "validTo": None}]
    + [{"code": p, "name": f"Tỉnh Thử Nghiệm {p[1:]}", "type": "PROVINCE", "parent": "VN",
        "validFrom": "2000-01-01", "validTo": None} for p in codes]
    + [{"code": u, "name": f"Xã Thử Nghiệm {u}", "type": "COMMUNE", "parent": p,
        "validFrom": "2000-01-01", "validTo": None} for p in codes for u in units[p]],
    "successions": [],
    "sectors": catalogue.sectors(),
    "agencies": [{"code": "N-SO", "name": "Bộ Thử Nghiệm", "orgUnit": "VN"}],
    "indicators": catalogue.indicators(),
    "plans": [catalogue.plan("VN", communes), catalogue.plan("P01", sizes[0]), catalogue.plan("P01-001", 1)],
}
with open(f"{out}/metadata.json", "w", encoding="utf-8") as f:
    json.dump(doc, f, ensure_ascii=False)
total = 0
for p in codes:
    with open(f"{out}/values-{p}.csv", "w", encoding="utf-8") as f:
        f.write(HEADER)
        total += catalogue.write_values(f, units[p], range(PLAN_YEAR - years + 1, PLAN_YEAR + 1))
print(total)
