package org.chitieu.plan;

import java.math.BigDecimal;
import java.util.SortedMap;

/**
 * The year's target for one indicator with its schedule; {@code schedule} is null when the plan
 * names none (the default for the indicator's time aggregation applies). {@code planned} maps
 * months to planned cumulative values for {@link Schedule#CUSTOM}.
 */
public record Target(long indicatorId, String indicatorCode, BigDecimal value, Schedule schedule,
		SortedMap<Integer, BigDecimal> planned) {
}
