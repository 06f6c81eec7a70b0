package org.chitieu.progress;

import java.util.Map;

import org.chitieu.indicator.Polarity;
import org.chitieu.indicator.SpaceAggregation;
import org.chitieu.indicator.TimeAggregation;

/** The small catalogue the rule tests evaluate: a flow, a level, an average, and a rate of two flows. */
final class TestIndicators {

	static final IndicatorRule RICE = IndicatorRule.raw("RICE", TimeAggregation.SUM, SpaceAggregation.SUM,
			Polarity.HIGHER);

	static final IndicatorRule POVERTY = IndicatorRule.raw("POVERTY", TimeAggregation.LAST, SpaceAggregation.AVERAGE,
			Polarity.LOWER);

	static final IndicatorRule PRICE = IndicatorRule.raw("PRICE", TimeAggregation.AVERAGE, SpaceAggregation.NONE,
			Polarity.HIGHER);

	static final IndicatorRule DOSSIERS_ONLINE = IndicatorRule.raw("DOSSIERS_ONLINE", TimeAggregation.SUM,
			SpaceAggregation.SUM, Polarity.HIGHER);

	static final IndicatorRule DOSSIERS = IndicatorRule.raw("DOSSIERS", TimeAggregation.SUM, SpaceAggregation.SUM,
			Polarity.HIGHER);

	static final IndicatorRule ONLINE_RATE = IndicatorRule.computed("ONLINE_RATE",
			"100 * #{DOSSIERS_ONLINE} / #{DOSSIERS}", TimeAggregation.LAST, Polarity.HIGHER);

	static final Map<String, IndicatorRule> CATALOGUE = Map.of("RICE", RICE, "POVERTY", POVERTY, "PRICE", PRICE,
			"DOSSIERS_ONLINE", DOSSIERS_ONLINE, "DOSSIERS", DOSSIERS, "ONLINE_RATE", ONLINE_RATE);

	private TestIndicators() {
	}

}
