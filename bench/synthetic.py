"""Synthetic localities for the benchmarks (province-data.py, nation-data.py): an indicator catalogue of
entered flows and levels plus computed rates, plans, and monthly values streamed as import CSV.

Deterministic: every figure comes from a generator seeded by its unit and year, so the same arguments give
the same bytes, and a year range gives the same figures of a year as any other range holding it.
"""
import random

PLAN_YEAR = 2025
HEADER = "indicator,orgUnit,period,value,comment\n"


class Catalogue:
    """RAW entered indicators (the first three quarters flows summed over months and units, the rest levels kept at
    their latest month and averaged over units) and COMPUTED rates of the sums of two entered ones."""

    def __init__(self, prefix, raw, computed, agency):
        self.raw = [f"{prefix}I{i:03d}" for i in range(1, raw + 1)]
        self.rates = [f"{prefix}R{i:03d}" for i in range(1, computed + 1)]
        assert 2 * computed <= raw, "each rate divides two entered indicators"
        self.flows = set(self.raw[: raw * 3 // 4])
        self.prefix = prefix
        self.agency = agency
        rng = random.Random(f"{prefix}/base")
        self.base = {code: rng.uniform(50, 500) for code in self.raw}

    def sectors(self):
        return [{"code": f"{self.prefix}-S{i}", "name": f"Lĩnh vực {i}", "nameEn": f"Sector {i}"} for i in range(8)]

    def indicators(self):
        return [self._indicator(code) for code in self.raw] + [
            self._indicator(rate, f"100 * #{{{self.raw[2 * i]}}} / #{{{self.raw[2 * i + 1]}}}")
            for i, rate in enumerate(self.rates)]

    def _indicator(self, code, formula=None):
        summed = code in self.flows or formula is not None
        return {"code": code, "name": f"Chỉ tiêu {code}", "nameEn": f"Indicator {code}",
                "unit": "tấn" if summed else "%", "sector": f"{self.prefix}-S{int(code[-3:]) % 8}",
                "agency": self.agency, "kind": "COMPUTED" if formula else "RAW", "formula": formula,
                "timeAggregation": "SUM" if summed else "LAST", "spaceAggregation": "SUM" if summed else "AVERAGE",
                "polarity": "HIGHER", "decimals": 0 if summed else 1, "tolerance": 0}

    def plan(self, unit, communes):
        """The plan of PLAN_YEAR for a unit of that many communes: a year's flow a little above what they enter."""
        def target(code):
            value = self.base[code] * 12 * communes if code in self.flows else self.base.get(code, 100) * 1.05
            return {"indicator": code, "value": round(value, 1)}
        return {"code": f"{unit}-{PLAN_YEAR}", "orgUnit": unit, "year": PLAN_YEAR,
                "resolution": "Nghị quyết thử nghiệm", "targets": [target(c) for c in self.raw + self.rates]}

    def write_values(self, out, units, years):
        """Every entered indicator of every unit, monthly, 0,8–1,2 times its base; returns the number of rows."""
        pairs = [(code, self.base[code]) for code in self.raw]
        rows = 0
        for unit in units:
            for year in years:
                draw = random.Random(f"{unit}/{year}").random
                out.write("".join([f"{code},{unit},{year}-{month:02d},{base * (0.8 + 0.4 * draw()):.1f},\n"
                                   for month in range(1, 13) for code, base in pairs]))
                rows += 12 * len(pairs)
        return rows
