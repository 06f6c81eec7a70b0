package org.chitieu.progress;

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

	@Property(tries = 60)
	void rollups_give_the_figures_of_the_rules(@ForAll("localities") RandomLocality locality) {
		for (int month = 1; month <= 12; month++) {
			YearMonth period = YearMonth.of(RandomLocality.YEAR, month);
			Observations observations = locality.observations(period);
			ProgressRules definition = new ProgressRules(locality.indicators(), observations);
			ProgressRules rolledUp = new ProgressRules(locality.indicators()::get,
					new RolledUpYearToDate(rollUp(locality, observations)));
			for (String unit : locality.codes()) {
				for (String indicator : locality.indicators().keySet()) {
					TargetRule planned = locality.targets().get(indicator);
					for (Schedule schedule : Schedule.values()) {
						TargetRule target = new TargetRule(planned.value(), schedule, planned.planned());
						assertThat(RandomLocality.plain(rolledUp.evaluate(indicator, target, unit, period)))
							.as("%s at %s in %s by %s", indicator, unit, period, schedule)
							.isEqualTo(RandomLocality.plain(definition.evaluate(indicator, target, unit, period)));
					}
					assertThat(RandomLocality.plain(rolledUp.series(indicator, planned, unit, period)))
						.as("the chart of %s at %s in %s", indicator, unit, period)
						.isEqualTo(RandomLocality.plain(definition.series(indicator, planned, unit, period)));
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

}
