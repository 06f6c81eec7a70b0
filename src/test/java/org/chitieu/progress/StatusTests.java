package org.chitieu.progress;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import org.chitieu.indicator.Polarity;
import org.chitieu.indicator.SpaceAggregation;
import org.chitieu.indicator.TimeAggregation;

import static org.assertj.core.api.Assertions.assertThat;

/** The status rule: A against T and E. */
class StatusTests {

	private static final IndicatorRule RICE = IndicatorRule.raw("RICE", TimeAggregation.SUM, SpaceAggregation.SUM,
			Polarity.HIGHER);

	private static final IndicatorRule ACCIDENTS = IndicatorRule.raw("ACCIDENTS", TimeAggregation.SUM,
			SpaceAggregation.SUM, Polarity.LOWER);

	private static final IndicatorRule POVERTY = IndicatorRule.raw("POVERTY", TimeAggregation.LAST,
			SpaceAggregation.AVERAGE, Polarity.LOWER);

	private static final IndicatorRule PRICE_INDEX = IndicatorRule.raw("PRICE_INDEX", TimeAggregation.AVERAGE,
			SpaceAggregation.NONE, Polarity.LOWER);

	@Test
	void no_value_to_date_is_no_data() {
		assertThat(status(RICE, 5, null, "1200", "500")).isEqualTo(Status.NO_DATA);
		assertThat(status(POVERTY, 5, null, "3", "4")).isEqualTo(Status.NO_DATA);
	}

	@Test
	void higher_is_better_is_achieved_at_the_target() {
		assertThat(status(RICE, 5, "1200", "1200", "500")).isEqualTo(Status.ACHIEVED);
		assertThat(status(RICE, 5, "1300", "1200", "500")).isEqualTo(Status.ACHIEVED);
	}

	@Test
	void higher_is_better_is_on_track_at_the_expected_value() {
		assertThat(status(RICE, 5, "500", "1200", "500")).isEqualTo(Status.ON_TRACK);
		assertThat(status(RICE, 5, "501", "1200", "500")).isEqualTo(Status.ON_TRACK);
	}

	@Test
	void higher_is_better_is_behind_below_the_expected_value() {
		assertThat(status(RICE, 5, "499.99", "1200", "500")).isEqualTo(Status.BEHIND);
	}

	@Test
	void tolerance_widens_on_track() {
		IndicatorRule tolerant = RICE.withTolerance(new BigDecimal("0.05"));

		assertThat(status(tolerant, 5, "475", "1200", "500")).isEqualTo(Status.ON_TRACK);
		assertThat(status(tolerant, 5, "474.99", "1200", "500")).isEqualTo(Status.BEHIND);
	}

	@Test
	void tolerance_widens_on_track_for_lower_is_better() {
		IndicatorRule tolerant = ACCIDENTS.withTolerance(new BigDecimal("0.1"));

		assertThat(status(tolerant, 5, "55", "120", "50")).isEqualTo(Status.ON_TRACK);
		assertThat(status(tolerant, 5, "55.01", "120", "50")).isEqualTo(Status.BEHIND);
	}

	@Test
	void tolerance_defaults_to_zero() {
		assertThat(RICE.tolerance()).isEqualByComparingTo("0");
	}

	@Test
	void lower_is_better_flow_is_achieved_only_in_december() {
		assertThat(status(ACCIDENTS, 5, "30", "120", "50")).isEqualTo(Status.ON_TRACK);
		assertThat(status(ACCIDENTS, 12, "110", "120", "120")).isEqualTo(Status.ACHIEVED);
	}

	@Test
	void lower_is_better_flow_is_behind_above_the_expected_value() {
		assertThat(status(ACCIDENTS, 5, "51", "120", "50")).isEqualTo(Status.BEHIND);
		assertThat(status(ACCIDENTS, 12, "121", "120", "120")).isEqualTo(Status.BEHIND);
	}

	@Test
	void lower_is_better_level_is_achieved_in_any_month() {
		assertThat(status(POVERTY, 3, "2.9", "3", "4.5")).isEqualTo(Status.ACHIEVED);
		assertThat(status(PRICE_INDEX, 3, "100", "104", "104")).isEqualTo(Status.ACHIEVED);
	}

	@Test
	void lower_is_better_level_is_on_track_down_to_the_expected_value() {
		assertThat(status(POVERTY, 3, "4.5", "3", "4.5")).isEqualTo(Status.ON_TRACK);
		assertThat(status(POVERTY, 3, "4.6", "3", "4.5")).isEqualTo(Status.BEHIND);
	}

	@Test
	void a_computed_indicator_is_judged_by_its_declared_time_aggregation() {
		IndicatorRule lateRate = IndicatorRule.computed("LATE_RATE", "100 * #{LATE} / #{DOSSIERS}",
				TimeAggregation.LAST, Polarity.LOWER);

		assertThat(status(lateRate, 3, "1", "2", "3")).isEqualTo(Status.ACHIEVED);
	}

	@Test
	void on_track_and_achieved_are_on_schedule() {
		assertThat(Status.ACHIEVED.onSchedule()).isTrue();
		assertThat(Status.ON_TRACK.onSchedule()).isTrue();
		assertThat(Status.BEHIND.onSchedule()).isFalse();
		assertThat(Status.NO_DATA.onSchedule()).isFalse();
	}

	private static Status status(IndicatorRule indicator, int month, String actual, String target, String expected) {
		return Status.of(indicator, month, (actual != null) ? new BigDecimal(actual) : null, new BigDecimal(target),
				new BigDecimal(expected));
	}

}
