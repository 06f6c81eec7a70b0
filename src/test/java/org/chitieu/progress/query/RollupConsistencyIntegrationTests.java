package org.chitieu.progress.query;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.progress.Evaluation;
import org.chitieu.progress.IndicatorRule;
import org.chitieu.progress.ProgressRules;
import org.chitieu.progress.RandomLocality;
import org.chitieu.progress.TargetRule;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollups in PostgreSQL give the figures of the pure rules. Random localities (a fixed seed
 * each, so a failure repeats) are posted through the API, their figures entered through the API
 * so that the rollups follow each write, and every target of every unit is evaluated from the
 * database for each month of 2025 and compared with the rules over the same figures; then again
 * after a rebuild. The many random cases are {@code RolledUpYearToDateTests}' (pure, jqwik); this
 * test covers the storage, the boundaries of the tree and the reading back.
 */
@ChiTieuIntegrationTest
class RollupConsistencyIntegrationTests {

	private static final long[] SEEDS = { 11, 2025, 70707 };

	@Autowired
	TestRestTemplate rest;

	@Autowired
	ProgressService progress;

	@Autowired
	RollupMaintenance rollups;

	@Test
	void figures_read_from_the_rollups_equal_the_rules_over_the_same_figures() {
		TestRestTemplate admin = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD);
		List<RandomLocality> localities = new ArrayList<>();
		for (int i = 0; i < SEEDS.length; i++) {
			Random random = new Random(SEEDS[i]);
			RandomLocality locality = RandomLocality.generate("RC" + i + "-", 2 + Math.min(i, 1), 2, 10 + 30 * i, random);
			post(admin, "/api/v1/metadata", metadata(locality));
			post(admin, "/api/v1/datavalues", values(locality));
			localities.add(locality);
		}
		localities.forEach(this::assertSameFigures);
		this.rollups.rebuild();
		localities.forEach(this::assertSameFigures);
	}

	private void assertSameFigures(RandomLocality locality) {
		for (int month = 1; month <= 12; month++) {
			YearMonth period = YearMonth.of(RandomLocality.YEAR, month);
			ProgressRules rules = new ProgressRules(locality.indicators(), locality.observations(period));
			for (String unit : locality.codes()) {
				ProgressReport report = this.progress.report(this.progress.orgUnit(unit), period);
				for (IndicatorProgress figure : report.indicators()) {
					TargetRule target = locality.targets().get(figure.code());
					Evaluation expected = rules.evaluate(figure.code(), target, unit, period);
					assertThat(RandomLocality.plain(new Evaluation(figure.target(), figure.expected(), figure.actual(),
							figure.status(), figure.lastYear(), figure.delta(), figure.deltaPercent(),
							figure.percentOfPlan(), figure.projection())))
						.as("%s at %s in %s", figure.code(), unit, period)
						.isEqualTo(RandomLocality.plain(expected));
				}
				String first = report.indicators().get(month % report.indicators().size()).code();
				assertThat(RandomLocality.plain(this.progress.target(this.progress.orgUnit(unit), first, period).series()))
					.as("the chart of %s at %s in %s", first, unit, period)
					.isEqualTo(RandomLocality.plain(rules.series(first, locality.targets().get(first), unit, period)));
			}
		}
	}

	private static void post(TestRestTemplate admin, String path, Object body) {
		ResponseEntity<String> response = admin.postForEntity(path, body, String.class);
		assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
	}

	/** The locality as a metadata document, with a 2025 plan at every unit targeting every indicator. */
	private static Map<String, Object> metadata(RandomLocality locality) {
		String prefix = locality.prefix();
		List<Map<String, Object>> units = new ArrayList<>();
		for (RandomLocality.Unit unit : locality.units()) {
			units.add(object("code", unit.code(), "name", "Đơn vị " + unit.code(), "type",
					(unit.parent() == null) ? "PROVINCE" : "COMMUNE", "parent", unit.parent(), "validFrom",
					unit.validFrom(), "validTo", unit.validTo()));
		}
		List<Map<String, Object>> successions = new ArrayList<>();
		locality.successions()
			.forEach(succession -> successions.add(object("from", succession.from(), "to", succession.to(), "weight",
					succession.weight(), "date", locality.units()
						.stream()
						.filter(unit -> unit.code().equals(succession.to()))
						.findFirst()
						.orElseThrow()
						.validFrom())));
		List<Map<String, Object>> indicators = new ArrayList<>();
		for (IndicatorRule rule : locality.indicators().values()) {
			indicators.add(object("code", rule.code(), "name", "Chỉ tiêu " + rule.code(), "unit", "đv", "sector",
					prefix + "S", "agency", prefix + "A", "kind", rule.kind().name(), "formula",
					(rule.formula() == null) ? null : rule.formula().toString(), "timeAggregation",
					rule.timeAggregation().name(), "spaceAggregation", rule.spaceAggregation().name(), "polarity",
					rule.polarity().name(), "decimals", 2, "tolerance", rule.tolerance()));
		}
		List<Map<String, Object>> targets = new ArrayList<>();
		locality.targets().forEach((indicator, target) -> {
			Map<String, BigDecimal> planned = new LinkedHashMap<>();
			target.planned()
				.forEach((month, value) -> planned.put(YearMonth.of(RandomLocality.YEAR, month).toString(), value));
			targets.add(object("indicator", indicator, "value", target.value(), "schedule", target.schedule().name(),
					"planned", planned));
		});
		List<Map<String, Object>> plans = new ArrayList<>();
		locality.codes()
			.forEach(unit -> plans.add(object("code", unit + "-2025", "orgUnit", unit, "year", RandomLocality.YEAR,
					"resolution", "Nghị quyết thử " + unit, "targets", targets)));
		return object("orgUnits", units, "successions", successions, "sectors",
				List.of(object("code", prefix + "S", "name", "Lĩnh vực thử " + prefix)), "agencies",
				List.of(object("code", prefix + "A", "name", "Phòng thử " + prefix, "orgUnit", prefix + "R")),
				"indicators", indicators, "plans", plans);
	}

	private static List<Map<String, Object>> values(RandomLocality locality) {
		return locality.values()
			.stream()
			.map(value -> object("indicator", value.indicator(), "orgUnit", value.unit(), "period",
					value.month().toString(), "value", value.value()))
			.toList();
	}

	/** A JSON object from keys and values, in order, nulls left out. */
	private static Map<String, Object> object(Object... entries) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (int i = 0; i < entries.length; i += 2) {
			if (entries[i + 1] != null) {
				object.put((String) entries[i], entries[i + 1]);
			}
		}
		return object;
	}

}
