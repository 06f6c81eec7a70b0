package org.chitieu.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Monthly values that indicators take from elsewhere than entered data values, e.g. from project
 * reports. The progress query reads every feed; a fed indicator's own data values are not counted.
 */
public interface IndicatorFeed {

	Feed feed(int fromYear, int toYear);

	/** {@code indicators}: the codes this feed supplies, even in a year it has no value for. */
	record Feed(Set<String> indicators, List<FedValue> values) {
	}

	/** One month of a fed indicator at an org unit. */
	record FedValue(String indicator, String orgUnit, int year, int month, BigDecimal value) {
	}

}
