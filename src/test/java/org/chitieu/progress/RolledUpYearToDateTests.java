package org.chitieu.progress;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.chitieu.plan.Schedule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rollups are the pure rules, stored: on random localities, every figure evaluated from
 * rollups computed by {@link RolledUpYearToDate#rollUp} equals the one the rules compute over the
 * observations, for every unit, month, indicator and schedule.
 */
class RolledUpYearToDateTests {

	@Property(tries = 150)
	void rollups_give_the_figures_of_the_rules(@ForAll("localities") RandomLocality locality) {
		for (int month = 1; month <= 12; month++) {
			YearMonth period = YearMonth.of(RandomLocality.YEAR, month);
			Observations observations = locality.observations(period);
			ProgressRules definition = new ProgressRules(locality.indicators(), observations);
			ProgressRules rolledUp = new ProgressRules(locality.indicators()::get,
					new RolledUpYearToDate(rollUp(locality, observations)));
			for (String unit : locality.codes()) {
				for (String indicator : locality.indicators().keySet()) {
					for (Schedule schedule : Schedule.values()) {
						TargetRule target = new TargetRule(locality.targets().get(indicator).value(), schedule,
								locality.targets().get(indicator).planned());
						assertSame(rolledUp.evaluate(indicator, target, unit, period),
								definition.evaluate(indicator, target, unit, period), indicator, unit, period);
						assertSame(rolledUp.series(indicator, target, unit, period),
								definition.series(indicator, target, unit, period), indicator, unit, period);
					}
				}
			}
		}
	}

	@Provide
	Arbitrary<RandomLocality> localities() {
		return RandomLocality.arbitrary("");
	}

	/** What a write keeps: each raw indicator's two years at every unit. */
	private static List<RolledUpYearToDate.Rollup> rollUp(RandomLocality locality, Observations observations) {
		List<RolledUpYearToDate.Rollup> rollups = new ArrayList<>();
		for (String indicator : locality.rawIndicators()) {
			for (int year = RandomLocality.YEAR - 1; year <= RandomLocality.YEAR; year++) {
				rollups.addAll(RolledUpYearToDate.rollUp(locality.indicators().get(indicator), year, locality.codes(),
						observations));
			}
		}
		return rollups;
	}

	private static void assertSame(Object rolledUp, Object definition, String indicator, String unit, YearMonth period) {
		assertThat(rolledUp).as("%s at %s in %s", indicator, unit, period)
			.usingRecursiveComparison()
			.withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isEqualTo(definition);
	}

}
